using System.Collections.Frozen;

namespace Dossier.Statements.Lexicon;

/// <summary>English number words, magnitudes, qualifiers and units.</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Cardinals = new Dictionary<string, double>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["a dozen"] = 12, ["half"] = 0.5,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that multiply the number before them ("4.8 million", "two dozen").</summary>
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Magnitudes = new Dictionary<string, double>
    {
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["mn"] = 1e6, ["bn"] = 1e9, ["m"] = 1e6, ["k"] = 1e3, ["tn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Plural magnitudes that stand alone as a vague count ("dozens", "millions").</summary>
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> PluralMagnitudes = new Dictionary<string, double>
    {
        ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1e3, ["tens"] = 10, ["millions"] = 1e6,
        ["billions"] = 1e9, ["trillions"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyWords = new Dictionary<string, string>
    {
        ["dollars"] = "USD", ["dollar"] = "USD", ["euros"] = "EUR", ["euro"] = "EUR", ["pounds"] = "GBP",
        ["rubles"] = "RUB", ["roubles"] = "RUB", ["won"] = "KRW", ["yuan"] = "CNY", ["yen"] = "JPY",
        ["hryvnias"] = "UAH", ["hryvnia"] = "UAH", ["rupees"] = "INR", ["leva"] = "BGN", ["lev"] = "BGN", ["zlotys"] = "PLN",
        ["zloty"] = "PLN", ["forints"] = "HUF", ["forint"] = "HUF", ["rand"] = "ZAR", ["naira"] = "NGN", ["shekels"] = "ILS",
        ["shekel"] = "ILS", ["ringgit"] = "MYR", ["baht"] = "THB", ["reais"] = "BRL", ["kronor"] = "SEK", ["rupiah"] = "IDR",
        ["tenge"] = "KZT", ["cedis"] = "GHS", ["soles"] = "PEN", ["taka"] = "BDT", ["kyat"] = "MMK", ["birr"] = "ETB",
        ["afghanis"] = "AFN",
        // Names several countries' currencies share: money, in the currency the text names, with no country guessed.
        ["pesos"] = "pesos", ["francs"] = "francs", ["dinars"] = "dinars", ["riyals"] = "riyals", ["dirhams"] = "dirhams",
        ["shillings"] = "shillings", ["kroner"] = "kroner", ["lira"] = "lira", ["rials"] = "rials", ["kwacha"] = "kwacha",
        ["crowns"] = "crowns", ["krona"] = "krona", ["manat"] = "manat",
        ["koruna"] = "CZK", ["korunas"] = "CZK", ["lei"] = "RON", ["dong"] = "VND", ["lari"] = "GEL", ["kronur"] = "ISK",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>ISO 4217 codes that business copy writes before an amount ("SEK 340 million", "CHF 2bn"): the common ones only, and
    /// none that is also an English word in capitals ("ALL", "TOP", "MOP").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyCodes = new[]
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "RUB",
        "UAH", "TRY", "INR", "PKR", "BDT", "IDR", "MYR", "SGD", "HKD", "TWD", "KRW", "THB", "VND", "PHP", "AUD", "NZD", "CAD",
        "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "ZAR", "NGN", "KES", "GHS", "EGP", "ILS", "SAR", "AED", "QAR", "KWD",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Plural nouns without the plural "s" that head the thing counted ("104 people died": the count ends there).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPlurals = new[]
    {
        "people", "men", "women", "children", "police", "personnel", "staff", "cattle", "livestock", "sheep", "fish",
        "geese", "mice", "teeth", "feet", "aircraft", "spacecraft", "deer",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Temperature scales written after a number or after "degrees", with the unit each gives.</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TemperatureScales = new Dictionary<string, string>
    {
        ["Celsius"] = "°C", ["centigrade"] = "°C", ["Centigrade"] = "°C", ["Fahrenheit"] = "°F", ["C"] = "°C", ["F"] = "°F",
    }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words for a length of time, singular and plural, as running text writes them (lower case).</summary>
    /// <remarks>One list for the rules that read a count of these as a length placing or spanning an event, not as something
    /// the story counts: "four years ago", "nine hours over two days", "…, the agency said, minutes after the blast".</remarks>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LengthsOfTime = new[]
    {
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Units that make a number a measure or a duration rather than a count of things.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = new[]
    {
        "mm", "cm", "m", "km", "millimetres", "millimeters", "millimetre", "millimeter", "centimetres", "centimeters",
        "centimetre", "centimeter", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "meters", "metres",
        "meter", "metre", "feet", "foot", "inches", "inch", "kg", "kilograms", "tons", "tonnes", "ton", "tonne", "pounds",
        "lbs", "liters", "litres", "barrels", "gallons", "degrees", "knots", "mph", "kph", "hectares", "acres",
        "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "min",
        "seconds", "second", "decades", "decade", "centuries", "century", "percent", "per", "caliber", "calibre",
        "megatons", "kilotons", "gigawatts", "megawatts", "times", "points", "point", "km/h", "a.m.", "p.m.", "am", "pm",
        "mg", "milligrams", "grams", "micrograms", "nanograms", "ng", "milligram", "gram", "microgram", "nanogram", "ml", "millilitres", "milliliters", "terabytes", "gigabytes", "megabytes", "petabytes",
        "km2", "m2", "sq", "mi",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
