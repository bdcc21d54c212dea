namespace Dossier.Language.Entities;

/// <summary>What a gazetteer phrase names.</summary>
public enum GazetteerKind : byte
{
    None,
    /// <summary>A country, by its name, short name or acronym.</summary>
    Country,
    /// <summary>A capital city, standing for its country's government.</summary>
    Capital,
    /// <summary>A seat of power ("the Kremlin", "the White House").</summary>
    Seat,
    /// <summary>A demonym or national adjective ("North Korean").</summary>
    Demonym,
    /// <summary>An international organisation or government body.</summary>
    Organisation,
    /// <summary>A news outlet or agency.</summary>
    Outlet,
    /// <summary>A region, sea or other place that is not a country.</summary>
    Region,
    /// <summary>A nationality, religion or political group not tied to one country.</summary>
    Group,
}
