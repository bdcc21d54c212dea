namespace Dossier.Core.Entities;

/// <summary>A canonical entity: one actor however many ways the text names it.</summary>
public sealed class Entity(int id, string name, EntityType type)
{
    public int Id { get; } = id;

    /// <summary>The fullest name the text gives ("Mark Milley", "North Korea").</summary>
    public string Name { get; set; } = name;

    public EntityType Type { get; set; } = type;

    /// <summary>Every distinct surface form seen for this entity.</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>Roles and titles seen with this entity, in order of first appearance.</summary>
    public List<string> Roles { get; } = [];

    /// <summary>The country a seat of power, capital, demonym or government body stands for, when known.</summary>
    public string? LinkedTo { get; set; }

    public int MentionCount { get; set; }

    /// <summary>The normalised key aliases were resolved by ("gpe|North Korea", "person|mark milley"); used to merge across documents.</summary>
    public string? Key { get; set; }
}
