using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace StrategyModel.Evidence;

/// <summary>The library's anchored rubrics, one per <see cref="AssessedInput"/> other than <see cref="AssessedInput.Unspecified"/> (docs/rubrics.md).</summary>
/// <remarks>
/// The definitions follow the literature each rubric cites; the examples are generic. The catalogue is immutable and safe to read
/// from any thread.
/// </remarks>
public static class RubricCatalog
{
    private static readonly ImmutableArray<Rubric> Rubrics =
    [
        new(
            AssessedInput.OwnershipAsset,
            "Asset ownership advantage (Oa)",
            "The firm's proprietary assets (technology, brands, know-how, a business model) that give it an advantage over firms of other nationalities serving the same market. The advantage is net: it is judged against the rivals the firm meets in that market.",
            "Dunning (1980; 1988)",
            "Name the rivals the rating is made against where the case lists them. An advantage drawn from the home country rather than from the firm is a country-specific advantage and is rated under country-specific-advantage.",
            new("absent", "The firm holds no asset that its rivals in the market lack: what it offers, they offer too.", "A distributor of branded goods that any local distributor can also stock."),
            new("weak", "The firm holds an asset its rivals lack, but the asset is narrow, valued by few buyers or matched within a year or two.", "A retailer whose only edge is a mobile app that local rivals are already copying."),
            new("moderate", "The firm holds an asset that sets it clearly apart from most rivals in the market, but at least one rival holds a comparable one.", "A software firm with a patented feature that one large local competitor matches with its own."),
            new("strong", "The firm holds assets that no rival in the market matches and that are costly to copy, so they carry their value across the border.", "A drug maker with a patent-protected treatment that no local producer can supply.")),
        new(
            AssessedInput.OwnershipTransaction,
            "Transaction ownership advantage (Ot)",
            "The advantage a firm draws from the common governance of a network of assets in several countries: economies of scope, the ability to coordinate activities and to arbitrage between countries, and the spreading of risk.",
            "Dunning (1988)",
            null,
            new("absent", "The firm governs no assets in several countries whose coordination could give it an edge.", "A firm that produces and sells in one country only."),
            new("weak", "The firm coordinates a few activities across borders but gains little that a local firm could not buy on the market.", "An exporter whose only foreign link is a freight forwarder."),
            new("moderate", "Common governance of units in several countries gives the firm real savings or flexibility, but rivals of similar reach obtain them too.", "A garment maker that shifts orders between its plants in two countries as costs change."),
            new("strong", "Coordinating assets across many countries gives the firm scope economies, arbitrage and learning that rivals in the market cannot reproduce.", "An electronics firm that designs in one country, sources in three and assembles in two under one plan.")),
        new(
            AssessedInput.OwnershipInstitutional,
            "Institutional ownership advantage (Oi)",
            "The formal and informal institutions that govern value-adding activity inside the firm (its governance, culture, codes of conduct, incentive and trust systems) in so far as they give it an advantage abroad.",
            "Dunning & Lundan (2008)",
            "Ties to the home state, home-country programmes and state-to-state agreements are not the firm's institutions: rate them under country-specific-advantage (Rugman & Verbeke 1992).",
            new("absent", "Nothing in the firm's governance, culture or incentive systems sets it apart from other firms in its industry.", "A firm whose management practices are typical of its industry at home and abroad."),
            new("weak", "One of the firm's internal institutions is distinctive, but nothing shows that it helps the firm abroad.", "A firm with a published code of conduct that no partner or employee mentions."),
            new("moderate", "The firm's internal institutions visibly help it abroad in some respect, though rivals have comparable ones.", "A firm whose profit-sharing scheme is cited as the reason its foreign staff stay."),
            new("strong", "The firm's governance, culture and incentive systems are distinctive, shown to sustain its foreign operations and hard for rivals to copy.", "A firm whose partnership governance lets local managers run foreign units as owners, which rivals have tried and failed to copy.")),
        new(
            AssessedInput.NetworkAdvantage,
            "Network advantage (N)",
            "The advantage a firm draws from its position in networks, kept apart from its ownership advantages: embeddedness in business networks, electronic brokerage between buyers and sellers, and network externalities (the value of its platform to each side rising with the number of users on the other).",
            "Singh & Kundu (2002)",
            null,
            new("absent", "What the firm offers does not depend on a network it holds or brokers.", "A contract manufacturer that sells to a single buyer."),
            new("weak", "The firm belongs to networks or runs a small platform, but the network adds little to its offer and rivals reach the same partners.", "A small online marketplace with a few hundred sellers in one niche."),
            new("moderate", "The firm's network position or installed base gives it a real edge, but rival networks of similar size serve the same markets.", "A payment app with a large domestic user base that competes with two similar apps."),
            new("strong", "The firm sits at the centre of a network whose externalities and embeddedness rivals cannot match, and the network gives it quick access to users and partners abroad.", "A booking platform whose worldwide supply of hotels draws travellers from every country, which in turn draws more hotels.")),
        new(
            AssessedInput.Location,
            "Location advantage (L)",
            "The advantage of operating in the host country, combining the firm's ownership advantages with inputs located there, rather than serving the country from home: trade and delivery costs, tariffs and duty thresholds, rules that require local presence (licences, data rules, ownership rules), services that cannot be traded across the border, and local inputs.",
            "Dunning (1980; 1988)",
            "This is not market attractiveness. A large, growing market that can be served as well from home rates absent or weak here; its size and growth are rated under market-attractiveness.",
            new("absent", "The firm can serve the market from home as well as from inside it: no cost, rule or service need calls for local presence.", "A software firm that sells downloadable licences abroad and needs no local support."),
            new("weak", "Some costs or rules favour operating locally, but serving from home remains workable and is what comparable firms do.", "A mail-order retailer whose foreign parcels take two weeks instead of three days."),
            new("moderate", "Serving from home carries clear penalties (tariffs, duty thresholds, delivery times, local payment or licence requirements) that local operation would remove for an important part of the business.", "A furniture maker facing a 15% tariff and high freight costs on bulky goods."),
            new("strong", "Serving the market well requires operating inside it: the law requires local presence, or key services cannot be traded across the border.", "A bank that needs a local licence to take deposits in the host country.")),
        new(
            AssessedInput.Internalization,
            "Internalization advantage (I)",
            "The advantage of exploiting the firm's ownership advantage inside the firm rather than selling or licensing it to a firm in the host country, because the market for that advantage fails: the know-how is tacit or hard to price, a licensee could dissipate it, quality is hard to control, or buyers cannot judge what they are buying.",
            "Dunning (1988); Williamson (1985); Anderson & Gatignon (1986); Hennart (1988)",
            "Rate from the attributes of the transaction before the choice, never from the mode the firm chose: a rating resting on the firm's own entries or relationships in the market being explained is circular (Williamson 1985; Anderson & Gatignon 1986; Hennart 1988).",
            new("absent", "The advantage can be sold or licensed at a fair price with little risk: it is codified, protected and its quality is easy to verify.", "A patented compound licensed to a local producer under a standard royalty."),
            new("weak", "Contracting the advantage out carries some risk, but contracts and monitoring can contain it.", "A restaurant brand with a detailed operations manual that franchisees follow under regular inspection."),
            new("moderate", "The advantage is partly tacit or open to misuse, so contracting it out would leak know-how or dilute quality in important respects.", "A design firm whose methods are partly written down and partly carried by its senior staff."),
            new("strong", "The advantage is tacit, hard to price or easy to copy once shared, so selling or licensing it would dissipate it and the firm must exploit it itself.", "A firm whose edge is a production process its engineers know but have never written down.")),
        new(
            AssessedInput.AssetSpecificity,
            "Asset specificity",
            "How far the assets that support the firm's transactions in the market (physical, human, site-specific, dedicated assets, brand) would lose value if redeployed to another use or another partner.",
            "Williamson (1985); Anderson & Gatignon (1986)",
            "Rate from the attributes of the transaction before the choice, never from the mode the firm chose or the sums it later committed: a rating resting on the firm's own entries or relationships in the market being explained is circular (Williamson 1985; Anderson & Gatignon 1986; Hennart 1988).",
            new("absent", "The assets needed to serve the market are generic and could be redeployed elsewhere at no loss.", "Selling standard goods through any distributor with off-the-shelf software."),
            new("weak", "A few investments are tailored to the market or partner, but most could be redeployed at a small loss.", "Translating a catalogue and a website into the host language."),
            new("moderate", "Serving the market needs substantial investments tailored to it or to a partner that would lose much of their value elsewhere.", "Training a local sales force in a product only this firm makes."),
            new("strong", "Serving the market needs large investments that have little value outside this market or relationship.", "Building a warehouse network designed around one country's postal and customs system.")),
        new(
            AssessedInput.ExternalUncertainty,
            "External uncertainty",
            "The volatility and unpredictability of the host environment: political, economic, currency, demand and regulatory change that the firm cannot foresee or control.",
            "Williamson (1985); Anderson & Gatignon (1986)",
            "Rate the environment of the transaction before the choice, never from the mode the firm chose or the risks it took on by choosing it (Williamson 1985; Anderson & Gatignon 1986; Hennart 1988).",
            new("absent", "The host environment is stable and predictable over the planning horizon.", "A market with a steady currency, settled rules and steady demand for decades."),
            new("weak", "Conditions vary, but within a range the firm can forecast and plan for.", "A market whose demand moves with a regular business cycle."),
            new("moderate", "Material swings in demand, currency or rules are likely within the planning horizon and hard to forecast.", "A market whose currency has lost a fifth of its value twice in ten years."),
            new("strong", "Sudden policy changes, currency crises, sanctions or political risk make conditions a few years ahead unpredictable.", "A market whose currency halved in one year and whose rules on foreign firms changed twice.")),
        new(
            AssessedInput.InternalUncertainty,
            "Internal (behavioural) uncertainty",
            "The firm's difficulty in judging the performance of its agents or partners in the market, because output is hard to measure or because the firm is unfamiliar with the market (sociocultural distance).",
            "Williamson (1985); Anderson & Gatignon (1986)",
            "In transaction-cost economics this uncertainty favours integration; lowering control for unfamiliarity is a resource-commitment argument. Rate the transaction before the choice, never from the mode the firm chose (Williamson 1985; Anderson & Gatignon 1986; Hennart 1988).",
            new("absent", "The firm can readily observe and measure what its partners in the market deliver.", "A firm buying a commodity service whose output is counted and checked."),
            new("weak", "Most of what partners deliver can be measured; a few aspects call for judgement.", "A firm using a local carrier whose deliveries are tracked but whose care with goods is not."),
            new("moderate", "Important parts of partners' performance are hard to observe or judge, because the tasks are hard to measure or the firm knows little of the market.", "A firm in a culturally distant market that cannot verify its distributor's sales effort."),
            new("strong", "The firm cannot judge its partners' performance with any confidence: output cannot be measured, the market is unfamiliar and effort cannot be checked.", "A firm with no experience of a country that relies on a local agent for after-sales service.")),
        new(
            AssessedInput.TransactionFrequency,
            "Transaction frequency",
            "How often the same transactions recur between the parties to a governance structure: the firm and its partner, agent or unit in the market.",
            "Williamson (1985)",
            "This is not the volume of consumer purchases in the market: rate how often the firm and its counterparty transact, from the transaction's attributes before the choice, never from the mode the firm chose (Williamson 1985).",
            new("absent", "The transaction between the parties happens once.", "A single sale of equipment to a foreign buyer."),
            new("weak", "The parties transact occasionally, a few times a year.", "A publisher that sells translation rights to the same foreign house every few months."),
            new("moderate", "The parties transact regularly, week after week or month after month.", "A manufacturer that ships a container to the same importer every month."),
            new("strong", "The parties transact continuously, with handovers or joint operations every day.", "A retailer that hands parcels to the same carrier every day.")),
        new(
            AssessedInput.FreeRidingPotential,
            "Free-riding potential",
            "The potential for partners in the market to gain from the firm's brand or reputation while under-investing in quality, so that the cost of their shirking falls on the firm's name elsewhere.",
            "Anderson & Gatignon (1986)",
            "Rate the transaction before the choice, never from the mode the firm chose (Williamson 1985; Anderson & Gatignon 1986; Hennart 1988).",
            new("absent", "Partners do not act under the firm's name, or the firm has no brand value at stake in the market.", "A components supplier whose parts are sold under the buyer's brand."),
            new("weak", "Partners act under the brand, but customers can tell who is at fault, so any damage stays local.", "A distributor that sells a branded appliance under its own shop name and warranty."),
            new("moderate", "Partners act under the firm's brand and could cut quality while part of the cost falls on the firm.", "A licensed local bottler of an international soft drink."),
            new("strong", "Partners act under a valuable brand before customers who cannot tell the partner from the firm, so a partner's shirking would hurt the brand widely.", "Franchisees of an international hotel chain serving one-time travellers.")),
        new(
            AssessedInput.CostAdvantage,
            "Cost advantage",
            "The firm's own cumulative cost across its value activities relative to its rivals in the market (Porter 1985, ch. 3).",
            "Porter (1980; 1985)",
            "Low prices of the firm's suppliers or of its home country are not the firm's cost position; a cost edge drawn from the home country is a country-specific advantage. For a two-sided platform, say which side the rating speaks for.",
            new("absent", "The firm's costs are no lower than its rivals' in the market.", "A new entrant buying the same inputs at the same prices as established rivals, at smaller scale."),
            new("weak", "The firm has a slight cost edge in a few activities that is offset elsewhere in its value chain.", "A retailer with cheaper rents but higher delivery costs than its rivals."),
            new("moderate", "The firm's costs are clearly lower than most rivals', but at least one rival is at par.", "A grocery chain whose buying scale matches that of one national rival only."),
            new("strong", "The firm has the lowest cost in the market across its value chain, from scale, learning or process advantages rivals cannot match.", "A low-cost airline with the lowest cost per seat-kilometre among the carriers on its routes.")),
        new(
            AssessedInput.Differentiation,
            "Differentiation",
            "The firm's uniqueness in something buyers in the market value, for which they pay a premium or prefer the firm over rivals (Porter 1985, ch. 4).",
            "Porter (1980; 1985)",
            null,
            new("absent", "Buyers see the firm's offering as interchangeable with its rivals'.", "A commodity cement producer."),
            new("weak", "Some features distinguish the offering, but buyers give them little weight in their choice.", "A bank whose app has a distinctive design but whose accounts match its rivals'."),
            new("moderate", "Buyers value distinctive features of the offering and some prefer it, but rivals offer comparable ones.", "A coffee chain whose loyal customers value its store design, in a market with two similar chains."),
            new("strong", "Buyers widely regard the offering as unique on attributes they value and pay a premium for it or choose it over cheaper alternatives.", "A carmaker whose buyers pay more for its brand and safety record.")),
        new(
            AssessedInput.Localization,
            "Localization",
            "How far the firm adapts its offering and operations to the market: local responsiveness in products, marketing, payment, staff and partners.",
            "Prahalad & Doz (1987); Bartlett & Ghoshal (1989)",
            null,
            new("absent", "The firm offers the market exactly what it offers at home, with no adaptation.", "An exporter selling its home catalogue abroad in the home language and currency."),
            new("weak", "The firm adapts the surface only: language, currency and labelling.", "A web shop translated into the host language that prices in local currency."),
            new("moderate", "The firm adapts product range, marketing or payment to the market while the core offering and operations stay as at home.", "A clothing retailer that changes its range to local sizes and seasons and accepts local payment methods."),
            new("strong", "The firm adapts its offering and its operations deeply: local products, local staff and management, local suppliers and partners.", "A fast-food chain with a local menu, local suppliers and local management.")),
        new(
            AssessedInput.StrategicPartnership,
            "Strategic partnership",
            "The firm's cooperative agreements with independent firms in the market that pool or link resources the firm's offer depends on.",
            "Contractor & Lorange (1988); Hennart (1988)",
            null,
            new("absent", "The firm has no cooperative agreement with independent firms in the market.", "An exporter that ships to buyers directly and contracts nobody locally."),
            new("weak", "The firm has one or a few arm's-length contracts for minor services.", "A firm that uses a local accounting firm and a courier under standard terms."),
            new("moderate", "The firm has agreements with local firms for functions its offer depends on, such as payment or delivery.", "An online retailer whose local sales run through a contract with the national postal operator."),
            new("strong", "The firm's presence in the market is built on deep partnerships with major local firms, with joint investment, exclusivity or shared control.", "A carmaker that builds and sells in a country through a long-standing alliance with a local industrial group.")),
        new(
            AssessedInput.CompetitiveScope,
            "Competitive scope",
            "The breadth of the firm's target within the industry in the market: many segments, regions and buyer groups, or a chosen segment, region or buyer group served to the exclusion of others.",
            "Porter (1980; 1985)",
            "Where the source text and the evidence disagree on scope (a focus strategy claimed, broad targeting observed), rate the evidence and record the disagreement in the reasoning.",
            new("broad", "The firm targets many segments, regions or buyer groups across the industry in the market.", "A grocery chain serving all income groups nationwide."),
            new("narrow", "The firm targets a chosen segment, region or buyer group and tailors its offer to it, leaving others aside.", "A retailer serving only price-sensitive shoppers in smaller cities.")),
        new(
            AssessedInput.FirmInternationalization,
            "Degree of internationalization of the firm",
            "The extent, penetration and integration of the firm's positions in networks abroad: how many foreign nets it holds positions in, how deep they are, and how far they are coordinated.",
            "Johanson & Mattsson (1988)",
            null,
            new("low", "The firm has few, shallow relationships in foreign nets; its positions are mostly domestic.", "A firm whose only foreign relationship is one distributor."),
            new("high", "The firm holds many, deep positions in foreign nets and coordinates them across countries.", "A firm with subsidiaries and long-standing partners in a dozen countries.")),
        new(
            AssessedInput.MarketInternationalization,
            "Degree of internationalization of the market",
            "The degree of internationalization of the production net in the market: how far the firms in it (competitors, suppliers and customers) have ties with other countries.",
            "Johanson & Mattsson (1988)",
            "This is not how far a product or a technology has spread in the market: an immature market can be highly internationalized if its rivals and suppliers are foreign-owned or foreign-linked. Name the rivals and partners the rating rests on.",
            new("low", "The firms in the net (competitors, suppliers, customers) are mostly domestic and have few links abroad.", "A local retail market served by domestic chains that buy from domestic suppliers."),
            new("high", "Many firms in the net are foreign-owned or have strong ties abroad.", "A market whose main rivals are subsidiaries of foreign groups and whose suppliers import most of what they sell.")),
        new(
            AssessedInput.ValueChainCoordination,
            "Coordination of value-chain activities",
            "How many value-chain activities the firm coordinates across countries.",
            "Oviatt & McDougall (1994)",
            null,
            new("few", "The firm coordinates few activities across borders, mainly logistics and sales.", "A firm that produces at home and coordinates only shipping and sales abroad."),
            new("many", "The firm coordinates many activities across countries, such as research, sourcing, production and marketing.", "A firm with research in one country, production in two and marketing run jointly across ten.")),
        new(
            AssessedInput.VrioValuable,
            "Valuable (VRIO)",
            "Whether the resource lets the firm exploit an opportunity or neutralise a threat in its environment.",
            "Barney (1991); Barney (1995)",
            null,
            new("yes", "The resource lets the firm exploit an opportunity or neutralise a threat, raising revenue or lowering cost.", "A logistics network that cuts delivery times and so wins orders."),
            new("no", "The resource does not help the firm exploit an opportunity or neutralise a threat.", "An in-house printing plant whose output could be bought for less.")),
        new(
            AssessedInput.VrioRare,
            "Rare (VRIO)",
            "Whether the resource is held by few of the firm's current or potential competitors.",
            "Barney (1991); Barney (1995)",
            null,
            new("yes", "Few current or potential competitors hold the resource.", "A mining firm holding one of two licences to a mineral deposit."),
            new("no", "Many competitors hold the resource or can buy it on the market.", "A retailer's standard point-of-sale system.")),
        new(
            AssessedInput.VrioInimitable,
            "Costly to imitate (VRIO)",
            "Whether firms without the resource face a cost disadvantage in obtaining or developing it, because of its history, causal ambiguity or social complexity.",
            "Barney (1991); Barney (1995)",
            null,
            new("yes", "Firms without the resource face a cost disadvantage in obtaining or developing it.", "A company culture built over decades that rivals cannot buy or reproduce."),
            new("no", "Rivals can obtain or develop the resource without a cost disadvantage.", "A website layout that any rival can copy within weeks.")),
        new(
            AssessedInput.VrioOrganized,
            "Organized to exploit (VRIO)",
            "Whether the firm's structure, management controls and compensation policies let it exploit the resource.",
            "Barney (1995)",
            null,
            new("yes", "The firm's structure, controls and incentives are set up to exploit the resource.", "A firm whose research results reach its product teams through a standing process with rewards for adoption."),
            new("no", "The firm holds the resource but its organisation leaves it unexploited.", "A laboratory whose inventions the firm never brings to market.")),
        new(
            AssessedInput.MarketAttractiveness,
            "Market attractiveness",
            "The demand side of a host market: whether it is worth serving at all, from its size, growth, purchasing power and the adoption of the channel the firm uses (market-seeking motives).",
            "Dunning (1993); Cavusgil (1997)",
            "Kept apart from location, which is the advantage of operating in the market rather than serving it from home (Dunning 1980; 1988). A fact that says a figure is unknown is no evidence for any value, and a fact that a firm misjudged the market is not evidence of demand.",
            new("absent", "The market offers no demand worth serving: it is tiny, shrinking or closed to the firm's offering.", "A small market whose law bars the product."),
            new("weak", "Demand exists but is small, slow-growing or held back by low purchasing power or low adoption of the channel.", "A small market where few households shop online."),
            new("moderate", "The market is sizeable and growing steadily, with some limits on purchasing power or adoption.", "A mid-sized market whose online retail grows at a tenth a year."),
            new("strong", "Demand is large and growing fast, with the purchasing power and channel adoption to support it.", "A large market whose online retail doubles every three years.")),
        new(
            AssessedInput.CountrySpecificAdvantage,
            "Country-specific advantage (CSA)",
            "Advantages the firm draws from its home country rather than from itself, available in principle to other firms of that country: natural resources, a low-cost supply base, home-state ties, state-to-state agreements and home-country programmes.",
            "Rugman & Verbeke (1992)",
            "Kept apart from the firm-specific advantages rated under ownership-asset, ownership-transaction and ownership-institutional.",
            new("absent", "The firm draws nothing from its home country that rivals from other countries lack.", "A firm from a small economy with no resource, cost or policy edge abroad."),
            new("weak", "The firm draws some benefit from its home country, but it weighs little in its foreign business.", "An exporter that uses a modest home-government export credit."),
            new("moderate", "A home-country advantage supports the firm abroad in important respects.", "A toy maker whose foreign sales rest on its home country's low-cost manufacturing base."),
            new("strong", "The firm's foreign expansion rests heavily on home-country advantages that rivals from other countries cannot reach.", "A construction firm that wins foreign contracts under its government's state-to-state agreements.")),
        new(
            AssessedInput.Driver,
            "Driver of internationalization",
            "One named driver of the firm's internationalization (an internal, home-market, host-market or strategic factor): how far it pushed or pulled the firm abroad. The rating names the driver.",
            "Gerschewski, Rose & Lindsay (2015)",
            "Drivers are antecedents: rate the driver from what preceded the firm's moves abroad, not from the moves themselves or from the firm's international performance, which is an outcome (international-performance).",
            new("absent", "The evidence shows the driver did not operate, or operated against going abroad.", "A firm whose home market was growing fast and unsaturated, rated for home-market saturation."),
            new("weak", "The driver was present, but nothing links it to the firm's moves abroad.", "A firm with a known brand at home whose foreign buyers never cite the brand."),
            new("moderate", "The driver is shown to have contributed to the firm's moves abroad, alongside other reasons.", "A firm whose managers name slowing home demand as one of several reasons for exporting."),
            new("strong", "The driver is shown to be a principal reason for the firm's moves abroad, by sources independent of each other.", "A firm whose home regulator capped its domestic share, which its filings and the press both give as the reason it went abroad.")),
        new(
            AssessedInput.SuccessFeature,
            "Success feature of an international new venture",
            "One named characteristic of successful international new ventures: a global vision from inception, internationally experienced managers, strong international networks, pre-emptive technology or marketing, a unique intangible asset, closely linked product or service extensions, or a closely coordinated organisation worldwide. The rating names the feature.",
            "Oviatt & McDougall (1995)",
            null,
            new("absent", "The evidence shows the firm lacks the feature.", "A founding team none of whose members has worked abroad, rated for international experience."),
            new("weak", "Traces of the feature exist, but it does not shape the firm's conduct.", "A mission statement that mentions the world while the firm sells at home only."),
            new("moderate", "The feature is clearly present and shapes some of the firm's conduct, but does not set it apart from comparable ventures.", "A venture whose founders have worked abroad and use their contacts for some early sales."),
            new("strong", "The feature defines the firm: it shows in its conduct from early on and sets it apart from comparable ventures.", "A venture founded to sell in several countries from its first year, by managers with long international careers.")),
        new(
            AssessedInput.InternationalPerformance,
            "International performance",
            "The direction of the firm's performance in its foreign business on a stated metric (foreign sales, share of a host market, profitability abroad) over a stated period: an outcome of internationalization, not a driver of it.",
            "Gerschewski, Rose & Lindsay (2015)",
            "Name the metric. Domestic results are not international performance, however large.",
            new("improving", "The stated metric of the firm's foreign business rose over the period.", "Foreign sales rising each year for three years."),
            new("stable", "The stated metric of the firm's foreign business showed no material change over the period.", "Market share in a host country holding near a tenth for three years."),
            new("declining", "The stated metric of the firm's foreign business fell over the period.", "Foreign sales falling after a host-market currency crisis."),
            new("mixed", "The measures of the firm's foreign business moved in different directions over the period, or differed across markets.", "Foreign sales rising while losses abroad widened.")),    ];

    private static readonly FrozenDictionary<string, Rubric> ById = Rubrics.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>Gets every rubric, in <see cref="AssessedInput"/> value order.</summary>
    public static ImmutableArray<Rubric> All => Rubrics;

    /// <summary>Returns the rubric of an input.</summary>
    /// <param name="input">The input, other than <see cref="AssessedInput.Unspecified"/>.</param>
    /// <returns>The input's rubric.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The input is <see cref="AssessedInput.Unspecified"/> or not a defined value.</exception>
    public static Rubric Get(AssessedInput input)
    {
        var index = (int)input - 1;
        return (uint)index < (uint)Rubrics.Length
            ? Rubrics[index]
            : throw new ArgumentOutOfRangeException(nameof(input), input, $"AssessedInput value {((int)input).ToString(CultureInfo.InvariantCulture)} has no rubric.");
    }

    /// <summary>Looks a rubric up by its id, the rated input's wire name.</summary>
    /// <param name="id">The rubric id, for example <c>location</c> (ordinal, case-sensitive).</param>
    /// <param name="rubric">The rubric, or <see langword="null"/> when no rubric has the id.</param>
    /// <returns><see langword="true"/> if a rubric has the id.</returns>
    public static bool TryGet(string id, [NotNullWhen(true)] out Rubric? rubric)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.TryGetValue(id, out rubric);
    }
}
