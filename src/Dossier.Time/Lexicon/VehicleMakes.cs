using System.Collections.Frozen;

namespace Dossier.Time.Lexicon;

/// <summary>Makes and well-known models of cars and motorcycles: after "a" or a possessive, a year before one of them is the
/// vehicle's model year ("Kopp's 1987 Chevrolet Cavalier"), which dates no event of the story.</summary>
/// <remarks>Only names that are no person, place or programme as well (not Ford, Lincoln, Mercury, Dodge, Plymouth), and
/// not after "the", which also opens an event's name ("the 2010 Toyota recall").</remarks>
internal static class VehicleMakes
{
    public static readonly FrozenSet<string> Names = new[]
    {
        "Chevrolet", "Chevy", "Toyota", "Honda", "Nissan", "Datsun", "Buick", "Cadillac", "Pontiac", "Oldsmobile", "Volkswagen",
        "BMW", "Mercedes", "Mercedes-Benz", "Audi", "Porsche", "Volvo", "Saab", "Subaru", "Mazda", "Mitsubishi", "Hyundai", "Kia",
        "Fiat", "Peugeot", "Renault", "Citroen", "Citroën", "Lexus", "Acura", "Infiniti", "Ferrari", "Lamborghini", "Maserati",
        "Bentley", "Rolls-Royce", "Skoda", "Opel", "Vauxhall", "Mustang", "Corvette", "Camaro", "Thunderbird", "Impala",
        "Harley-Davidson", "Yamaha", "Kawasaki", "Ducati",
    }.ToFrozenSet(StringComparer.Ordinal);
}
