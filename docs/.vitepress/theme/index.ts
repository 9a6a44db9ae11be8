// The default theme with a few style rules of our own (custom.css): code blocks wrap instead of hiding text at the
// right edge, and wide tables scroll inside the content column. scripts/check-pages.mjs checks both at 1280 px.
import DefaultTheme from 'vitepress/theme'
import './custom.css'

export default DefaultTheme
