namespace Dossier.Core.Entities;

/// <summary>The kinds of named thing Dossier recognises.</summary>
public enum EntityType : byte
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation: government body, company, outlet, armed force.</summary>
    Org,
    /// <summary>A geopolitical entity: a country, state or city acting as a political actor.</summary>
    Gpe,
    /// <summary>A place that is not a political actor: region, sea, facility.</summary>
    Loc,
    /// <summary>A nationality, religious or political group ("North Korean", "Ukrainian").</summary>
    Norp,
}
