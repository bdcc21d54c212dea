using Dossier.Core.Entities;

namespace Dossier.Language.Entities;

/// <summary>The BIO labels the name tagger predicts, and how they map to entity classes.</summary>
/// <remarks>
/// Places are one class for the tagger; whether a place is a political actor (GPE) or not (LOC) is decided afterwards
/// from the gazetteer, so the split does not depend on how each training corpus drew that line.
/// </remarks>
internal static class NerLabels
{
    public const int Count = 9;
    public const int Outside = 0;

    /// <summary>Classes: 0 person, 1 organisation, 2 place, 3 group (NORP).</summary>
    public const int ClassCount = 4;

    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-PLACE", "I-PLACE", "B-NORP", "I-NORP"];

    public static int Begin(int cls) => 1 + (cls * 2);

    public static int Inside(int cls) => 2 + (cls * 2);

    public static bool IsBegin(int label) => label > 0 && (label & 1) == 1;

    public static bool IsInside(int label) => label > 0 && (label & 1) == 0;

    public static int ClassOf(int label) => (label - 1) >> 1;

    /// <summary>An I- label may only follow a B- or I- label of its own class.</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous > 0 && ClassOf(previous) == ClassOf(label));

    public static EntityType TypeOf(int cls) => cls switch
    {
        0 => EntityType.Person,
        1 => EntityType.Org,
        2 => EntityType.Gpe,
        _ => EntityType.Norp,
    };

    public static int ClassOf(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Org => 1,
        EntityType.Gpe or EntityType.Loc => 2,
        _ => 3,
    };
}
