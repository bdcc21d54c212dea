using System.Collections.Frozen;

namespace Dossier.Statements.Lexicon;

/// <summary>Countries, capitals and regions common in international news: names that are never a person speaker.</summary>
internal static class Places
{
    public static readonly FrozenSet<string> Names = new[]
    {
        "United States", "US", "U.S.", "USA", "America", "United Kingdom", "UK", "U.K.", "Britain", "Great Britain",
        "Russia", "Ukraine", "China", "Japan", "India", "Pakistan", "Iran", "Iraq", "Syria", "Israel", "Turkey",
        "Germany", "France", "Italy", "Spain", "Poland", "Canada", "Mexico", "Brazil", "Australia", "Belarus",
        "North Korea", "South Korea", "Korea", "DPRK", "Taiwan", "Vietnam", "Egypt", "Saudi Arabia", "Qatar",
        "Lebanon", "Jordan", "Yemen", "Afghanistan", "Georgia", "Moldova", "Romania", "Hungary", "Finland",
        "Sweden", "Norway", "Denmark", "Netherlands", "Belgium", "Austria", "Switzerland", "Greece", "Serbia",
        "Kazakhstan", "Armenia", "Azerbaijan", "Indonesia", "Philippines", "Thailand", "Malaysia", "Singapore",
        "Nigeria", "South Africa", "Ethiopia", "Kenya", "Libya", "Sudan", "Venezuela", "Cuba", "Argentina", "Chile",
        "Colombia", "European Union", "EU", "NATO", "Washington", "Moscow", "Kyiv", "Kiev", "Beijing", "Tokyo",
        "Seoul", "Pyongyang", "Tehran", "London", "Paris", "Berlin", "Brussels", "Ankara", "Jerusalem", "Minsk",
        "Warsaw", "Delhi", "New Delhi", "Islamabad", "Damascus", "Baghdad", "Cairo", "Riyadh", "Doha", "Kremlin",
        "Middle East", "North Africa", "Europe", "Asia", "Africa", "Crimea", "Donbas", "Gaza", "West Bank",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
