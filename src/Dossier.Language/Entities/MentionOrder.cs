using Dossier.Core.Entities;

namespace Dossier.Language.Entities;

/// <summary>Orders mentions by where they start in the text.</summary>
internal sealed class MentionOrder : IComparer<EntityMention>
{
    public static readonly MentionOrder Instance = new();

    public int Compare(EntityMention x, EntityMention y) => x.Span.Start.CompareTo(y.Span.Start);
}
