using System.Collections.Frozen;

namespace Dossier.Language.Entities;

/// <summary>Words that end organisation names ("Council", "Agency") and place names ("Cosmodrome", "Krai", "Sea"), and the
/// common nouns that name a body or a weapon next to a name.</summary>
public static class EntityHeads
{
    private static readonly FrozenSet<string> s_organisations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Council", "Service", "Services", "Agency", "Ministry", "Department", "Office", "Committee", "Commission", "Force",
        "Forces", "Army", "Navy", "Party", "Group", "Bank", "Fund", "Court", "Corporation", "Company", "Institute",
        "University", "College", "School", "Foundation", "Association", "Union", "Organization", "Organisation", "Command",
        "Authority", "Administration", "Bureau", "Board", "Network", "News", "Times", "Post", "Assembly", "Parliament",
        "Congress", "Senate", "Cabinet", "Government", "Regime", "Guard", "Guards", "Corps", "Brigade", "Division",
        "Battalion", "Regiment", "Fleet", "Airlines", "Industries", "Inc", "Ltd", "Club", "Society", "Federation",
        "Alliance", "Coalition", "Front", "Movement", "Press", "Herald", "Journal", "Tribune", "Telegraph", "Review",
        "Centre", "Center", "Tribunal", "Academy", "Directorate", "Secretariat", "Inspectorate", "Laboratory", "Observatory",
        "Trust", "Programme", "Program", "Initiative", "Motors", "Holdings", "Technologies", "Pharmaceuticals", "Airways",
        "Aerospace", "Bancorp", "Partners", "Capital", "Shipping", "Logistics", "Petroleum", "Mining", "Steel", "Telecom",
        "Communications", "Electronics", "Chemicals", "Enterprises", "Resources", "Securities", "Investments", "Insurance",
        "Automotive", "Engineering", "Construction", "FC", "AFC", "Rovers", "Wanderers", "Registry", "Systems", "Pharma",
        "Labs", "Software", "Networks", "Therapeutics", "Biosciences", "Biotech", "Biologics", "Genomics", "Diagnostics", "Robotics",
        "Athletic", "Albion", "Hotspur", "Police", "Constabulary",
    ]);

    private static readonly FrozenSet<string> s_places = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Cosmodrome", "Airport", "Airbase", "Base", "Island", "Islands", "River", "Sea", "Ocean", "Mountains", "Mountain",
        "Peninsula", "Krai", "Oblast", "Province", "Region", "Street", "Square", "Bridge", "Port", "Strait", "Canal",
        "Lake", "Valley", "Desert", "Bay", "Gulf", "Coast", "Plateau", "Highlands", "Hills", "Range", "Basin", "Delta",
        "County", "District", "Prefecture", "Governorate", "Raion", "Harbour", "Harbor", "Station", "Plant", "Facility",
        "Field", "Park", "Forest", "Dam", "Reactor", "Mine", "Shipyard", "Cape",
        "Turnpike", "Expressway", "Highway", "Freeway", "Avenue", "Boulevard", "Road", "Tower", "Municipality", "Township",
        "Parish", "Canyon", "Falls", "Beach", "Heights", "Springs", "Plaza", "Cathedral", "Castle", "Palace", "Empire",
        "Prison", "Jail", "Penitentiary", "Mosque", "Hotel", "Stadium", "Cemetery", "Blvd", "Ave", "Alley", "Creek", "Cave",
        "Rivers", "Monastery", "Synagogue", "Hospital", "Infirmary",
    ]);

    // Place heads that are rarely surnames, so they retype a span the tagger took for a person ("Turner Turnpike").
    private static readonly FrozenSet<string> s_strongPlaces = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Turnpike", "Expressway", "Highway", "Freeway", "Avenue", "Boulevard", "Road", "Street", "Square", "Bridge",
        "Airport", "Airbase", "River", "Mountains", "Valley", "Plateau", "County", "Municipality", "Township", "Island",
        "Islands", "Tower", "Lake", "Bay", "Canyon", "Province", "Region", "District", "Oblast", "Peninsula", "Plaza",
        "Cathedral", "Castle", "Empire", "Cosmodrome", "Desert", "Ocean", "Sea", "Krai", "Governorate", "Prefecture", "Raion",
        "Prison", "Penitentiary", "Mosque", "Hotel", "Stadium", "Cemetery", "Blvd", "Ave", "Alley", "Creek", "Cave", "Rivers",
        "Monastery", "Synagogue", "Hospital", "Infirmary",
    ]);

    // Organisation heads that end hardly any person's or place's name, so they retype such a span ("Circuit Court", "Spalding Club").
    private static readonly FrozenSet<string> s_strongOrganisations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Court", "Club", "Society", "University", "College", "Institute", "Association", "Foundation", "Committee", "Council",
        "Ministry", "Department", "Agency", "Corporation", "Company", "Federation", "Commission", "Bureau", "Authority", "Inc", "Ltd",
        "Office", // "Federal Cartel Office", "Serious Fraud Office"
        "Motors", "Holdings", "Technologies", "Pharmaceuticals", "Airways", "Aerospace", "Bancorp", "FC", "AFC", "Rovers",
        "Wanderers", "Registry", "Therapeutics", "Biosciences", "Biotech", "Biologics", "Genomics", "Diagnostics", "Robotics",
        "Athletic", "Albion", "Hotspur", "Police", "Constabulary", "Labs", "Laboratories",
    ]);

    // Company heads: a capitalised word before one of these names a company ("Nordline Shipping"); case-sensitive.
    private static readonly FrozenSet<string> s_company = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Motors", "Holdings", "Technologies", "Pharmaceuticals", "Airways", "Aerospace", "Bancorp", "Shipping", "Logistics",
        "Petroleum", "Telecom", "Electronics", "Chemicals", "Enterprises", "Securities", "Investments",
        "Automotive", "Corporation", "Inc", "Ltd", "Airlines", "Industries", "Pharma", "AG", "GmbH", "plc", "PLC", "LLC", "Corp",
        "NV", "SpA", "SA", "ASA", "AB", "Oyj", "KGaA", "Cargo", "Therapeutics", "Biosciences", "Biotech", "Biologics", "Genomics", "Diagnostics", "Robotics",
        "Athletic", "Albion", "Hotspur", "United", // football clubs ("Charlton Athletic", "Brighton & Hove Albion")
        "Events", "Productions", "Promotions", "Entertainment", "Studios", "Ventures", // "Calder Events", the organiser of a show
    ]);

    // Last words of newspaper titles, which are mostly a place and one of these ("Chicago Tribune", "Kyiv Post").
    private static readonly FrozenSet<string> s_press = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Post", "Times", "Herald", "Tribune", "Journal", "Gazette", "Chronicle", "Telegraph", "Globe", "Examiner", "Inquirer",
        "Courier", "Observer", "Independent", "Star", "Sun", "Mail", "Mirror", "Standard", "Dispatch", "Bee", "Register",
        "Sentinel", "Monitor", "Reporter", "Record", "Daily", "Paper", "Press", "Weekly",
    ]);

    // Common nouns for a body that a news text follows with the body's acronym ("the disaster agency AFAD").
    private static readonly FrozenSet<string> s_bodyNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "agency", "ministry", "group", "party", "broadcaster", "company", "firm", "organisation", "organization", "watchdog",
        "regulator", "militia", "body", "service", "council", "committee", "union", "network", "operator", "carrier",
        "airline", "bank", "movement", "alliance", "coalition", "outlet", "newspaper", "daily", "channel", "office",
        "association", "federation", "confederation", "foundation", "institute", "league", "chamber", "consortium",
    ]);

    // Plural nouns for weapons and vehicles, which a model name modifies ("Shahed drones", "Leopard tanks").
    private static readonly FrozenSet<string> s_materiel = FrozenSet.Create(StringComparer.Ordinal,
    [
        "drones", "missiles", "rockets", "tanks", "jets", "fighters", "launchers", "systems", "shells", "vehicles", "helicopters",
        "aircraft", "warplanes", "howitzers", "rifles", "torpedoes", "bombs", "munitions", "interceptors", "batteries", "guns",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_bodyLookup = s_bodyNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_materielLookup = s_materiel.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pressLookup = s_press.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_companyLookup = s_company.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_strongOrgLookup = s_strongOrganisations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_orgLookup = s_organisations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_placeLookup = s_places.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_strongLookup = s_strongPlaces.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words asked about are none of these; the filters turn them down before hashing.
    private static readonly WordFilter s_bodyFilter = new(s_bodyNouns, ignoreCase: false);
    private static readonly WordFilter s_materielFilter = new(s_materiel, ignoreCase: false);
    private static readonly WordFilter s_pressFilter = new(s_press, ignoreCase: false);
    private static readonly WordFilter s_companyFilter = new(s_company, ignoreCase: false);
    private static readonly WordFilter s_strongOrgFilter = new(s_strongOrganisations, ignoreCase: true);
    private static readonly WordFilter s_orgFilter = new(s_organisations, ignoreCase: true);
    private static readonly WordFilter s_placeFilter = new(s_places, ignoreCase: true);
    private static readonly WordFilter s_strongFilter = new(s_strongPlaces, ignoreCase: true);

    public static bool IsOrganisationHead(ReadOnlySpan<char> word) => s_orgFilter.MayContain(word) && s_orgLookup.Contains(word);

    /// <summary>An organisation head that is hardly ever the last word of a person's or place's name ("Court", "Society").</summary>
    public static bool IsStrongOrganisationHead(ReadOnlySpan<char> word) => s_strongOrgFilter.MayContain(word) && s_strongOrgLookup.Contains(word);

    /// <summary>A capitalised word that ends a company's name and hardly any person's or place's ("Motors", "Shipping", "Holdings").</summary>
    public static bool IsCompanyHead(ReadOnlySpan<char> word) => s_companyFilter.MayContain(word) && s_companyLookup.Contains(word);

    /// <summary>A capitalised word that ends a newspaper's title after a place ("Post", "Tribune"); case-sensitive.</summary>
    public static bool IsPressHead(ReadOnlySpan<char> word) => s_pressFilter.MayContain(word) && s_pressLookup.Contains(word);

    /// <summary>A lower-case common noun for a body ("agency", "group"), which may be followed by the body's acronym.</summary>
    public static bool IsBodyNoun(ReadOnlySpan<char> word) => s_bodyFilter.MayContain(word) && s_bodyLookup.Contains(word);

    /// <summary>A lower-case plural for weapons or vehicles ("drones", "tanks"), which a model name may modify.</summary>
    public static bool IsMaterielNoun(ReadOnlySpan<char> word) => s_materielFilter.MayContain(word) && s_materielLookup.Contains(word);

    public static bool IsPlaceHead(ReadOnlySpan<char> word) => s_placeFilter.MayContain(word) && s_placeLookup.Contains(word);

    /// <summary>A place head that is hardly ever a surname ("Turnpike", "County"), unlike "Park" or "Field".</summary>
    public static bool IsStrongPlaceHead(ReadOnlySpan<char> word) => s_strongFilter.MayContain(word) && s_strongLookup.Contains(word);
}
