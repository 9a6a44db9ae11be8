namespace StrategyModel.Cases;

/// <summary>The stable codes of <see cref="CaseProblem.Code"/>.</summary>
/// <remarks>Codes are never renamed; new codes may be added.</remarks>
public static class CaseProblemCodes
{
    /// <summary>The input is not valid JSON (including comments, trailing commas, NaN or Infinity literals, invalid UTF-8, or a second top-level value).</summary>
    public const string Syntax = "syntax";

    /// <summary>The input exceeds <see cref="CaseLoaderOptions.MaxBytes"/>.</summary>
    public const string TooLarge = "too-large";

    /// <summary>Objects and arrays nest deeper than <see cref="CaseLoaderOptions.MaxDepth"/>.</summary>
    public const string TooDeep = "too-deep";

    /// <summary>A string or property name is longer than <see cref="CaseLoaderOptions.MaxStringLength"/>.</summary>
    public const string StringTooLong = "string-too-long";

    /// <summary>An array has more elements than <see cref="CaseLoaderOptions.MaxArrayLength"/>.</summary>
    public const string ArrayTooLong = "array-too-long";

    /// <summary>More problems were found than <see cref="CaseLoaderOptions.MaxProblems"/>; the rest were not reported.</summary>
    public const string TooManyProblems = "too-many-problems";

    /// <summary>An object has the same property twice.</summary>
    public const string DuplicateKey = "duplicate-key";

    /// <summary>An object has a property the format does not define.</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A required property is absent, or one that another makes required: a firm's <c>relation</c> with its <c>parent</c>
    /// (and the reverse), an entry's <c>completed</c> or <c>announced</c>.</summary>
    public const string MissingRequired = "missing-required";

    /// <summary>A value has the wrong JSON type (including <c>null</c> where the format does not allow it, a fraction where an integer is required, and a non-object root).</summary>
    public const string WrongType = "wrong-type";

    /// <summary>A text value is not one of its enum's kebab-case names.</summary>
    public const string UnknownEnumValue = "unknown-enum-value";

    /// <summary>A number is outside its allowed range (years 1600 to 3000, months 1 to 12, stakes, partners' shares and other
    /// percentages 0 to 100, decimal range) or a country market does not list exactly one country.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>An id or reference is not kebab-case (<c>^[a-z0-9][a-z0-9-]*$</c>).</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>A country code is not an assigned ISO 3166-1 alpha-2 code in upper case (<see cref="IsoCodes.Countries"/>; <c>XX</c> is not one).</summary>
    public const string InvalidCountry = "invalid-country";

    /// <summary>Two items of one collection share an id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A reference names no existing item (a firm, market, fact, document or entry; in version 2 also a parent, partner,
    /// buyer, rival, counter-evidence fact, the market a fact bears on, or the entry a relationship supports), or a business unit
    /// not of the referenced firm.</summary>
    public const string DanglingReference = "dangling-reference";

    /// <summary>A date is not ISO <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, or not a real date.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A fact breaks the numeric-fact rules: a numeric fact has <c>unit</c>, <c>year</c> and either a number <c>value</c> or
    /// <c>value: null</c> with <c>unknownReason</c>; a qualitative fact has no <c>value</c>, <c>scale</c> or <c>unknownReason</c>; only a
    /// numeric fact with a value has a <c>bound</c>; exactly the facts in unit <c>currency</c> have a <c>currency</c>; only amounts and
    /// percentages may be negative, and only a negative value has a <c>meaning</c>.</summary>
    public const string NumericFactRule = "numeric-fact-rule";

    /// <summary>A rating's value is not allowed for its input, its scope (market, resource) or detail (<c>driver</c>, <c>feature</c>,
    /// <c>metric</c>, each present exactly when the input needs it) does not match the input, a counter-evidence fact is also in
    /// <c>restsOn</c>, a rival is the rated firm, or another assessment rates the same input, scope and detail.</summary>
    public const string InvalidRating = "invalid-rating";

    /// <summary><c>schemaVersion</c> is an integer other than the supported versions (1 and 2); nothing else is checked.</summary>
    public const string UnsupportedSchemaVersion = "unsupported-schema-version";

    /// <summary>The input is empty or only whitespace, a required text is empty, or an array that needs an element has none.</summary>
    public const string Empty = "empty";

    /// <summary>A case in a <see cref="CaseLibrary"/> has an id other than its resource or file name.</summary>
    public const string IdMismatch = "id-mismatch";

    /// <summary>A currency code is not an active ISO 4217 code in upper case (<see cref="IsoCodes.Currencies"/>).</summary>
    public const string InvalidCurrency = "invalid-currency";

    /// <summary>Dates are out of order: an entry's stake changes not in strictly increasing date order, an entry that ends before it
    /// starts or before its last stake change, an entry completed before it was announced, or a relationship that ends before it began.</summary>
    public const string DateOrder = "date-order";

    /// <summary>An entry names a country that is not one of its market's countries.</summary>
    public const string CountryOutsideMarket = "country-outside-market";

    /// <summary>A negative amount or percentage has no <c>meaning</c> saying what the sign means (e.g. net loss).</summary>
    public const string NegativeWithoutMeaning = "negative-without-meaning";

    /// <summary>A rating's <c>rubric</c> is not the rubric of its input (the input's wire name).</summary>
    public const string UnknownRubric = "unknown-rubric";

    /// <summary>A firm is its own parent, directly or through a chain of parents.</summary>
    public const string InvalidParent = "invalid-parent";

    /// <summary>An entry says <c>attributedToFirm</c> but its firm is not an affiliate.</summary>
    public const string InvalidAttribution = "invalid-attribution";

    /// <summary>An entry's end names a buyer though it is not a sale, or a stake in the buyer without a buyer.</summary>
    public const string InvalidEnd = "invalid-end";

    /// <summary>A date of a firm falls in a year before the firm's <c>foundedYear</c>: an entry's announcement, completion, stake
    /// change or end, a relationship's year or end, a timeline event of that firm, or a business unit's launch.</summary>
    public const string BeforeFounding = "before-founding";

    /// <summary>A firm's <c>foundedYear</c> is after the year of the latest source document: no source of the case can speak of it.</summary>
    public const string FoundedAfterSources = "founded-after-sources";

    /// <summary>A firm is related to itself: a relationship, a competitor pair, an entry's counterparty, partner or buyer, or a fact's
    /// counterparty names the same firm on both sides.</summary>
    public const string SelfRelation = "self-relation";
}
