using Dossier.Core.Articles;
using Dossier.Core.Entities;
using Dossier.Core.Statements;
using Dossier.Core.Time;
using Dossier.Core.Tokens;

namespace Dossier.Core;

/// <summary>One article's text and every annotation the pipeline has written on it.</summary>
/// <remarks>
/// All spans are half-open character offsets into <see cref="Text"/>, the cleaned, normalised text;
/// <see cref="SourceMap"/> maps them back to the characters of the file as it was read.
/// Paragraphs never include removed web debris, and every later layer is computed inside paragraphs only.
/// </remarks>
public sealed class Document
{
    public Document(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    /// <summary>The article id: by default the file name without its extension.</summary>
    public string Id { get; }

    /// <summary>The normalised text every span indexes.</summary>
    public string Text { get; }

    public ArticleMetadata Metadata { get; } = new();

    /// <summary>Maps offsets in <see cref="Text"/> back to the decoded source; null when they are the same.</summary>
    public OffsetMap? SourceMap { get; set; }

    /// <summary>The layers written so far.</summary>
    public Layers Present { get; set; }

    /// <summary>The article's paragraphs in reading order, debris excluded.</summary>
    public Paragraph[] Paragraphs { get; set; } = [];

    /// <summary>The id of an earlier article this one is a near-copy of (syndication), or null.</summary>
    public string? DuplicateOf { get; set; }

    /// <summary>Lines removed as web debris, with the reason for each.</summary>
    public List<RemovedText> Removed { get; } = [];

    public TokenLayer Tokens { get; set; } = TokenLayer.Empty;

    public Sentence[] Sentences { get; set; } = [];

    public List<EntityMention> Mentions { get; } = [];

    /// <summary>The canonical entities of this document; mentions point into this list.</summary>
    public List<Entity> Entities { get; } = [];

    public List<TimeExpression> Times { get; } = [];

    /// <summary>The publication date, stated or inferred, as a window of days with its evidence.</summary>
    public PublicationWindow? PublishedWindow { get; set; }

    public List<Statement> Statements { get; } = [];

    public List<Quantity> Quantities { get; } = [];

    /// <summary>The position in <see cref="Paragraphs"/> of the last paragraph starting at or before <paramref name="offset"/>, or -1 when none does.</summary>
    /// <remarks>Paragraphs are in text order, so this is a binary search; the offset may still fall after that paragraph's end.</remarks>
    public int ParagraphPositionAt(int offset) => LastStartingAtOrBefore(Paragraphs, offset);

    /// <summary>The position in <see cref="Sentences"/> of the last sentence starting at or before <paramref name="offset"/>, or -1 when none does.</summary>
    public int SentencePositionAt(int offset) => LastStartingAtOrBefore(Sentences, offset);

    // Generic over the struct type, so each layer gets its own compiled search with no boxing.
    private static int LastStartingAtOrBefore<T>(T[] items, int offset)
        where T : struct, ISpanned
    {
        int lo = 0, hi = items.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (items[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    /// <summary>The paragraph whose span holds <paramref name="offset"/>, if any.</summary>
    public Paragraph? ParagraphAt(int offset)
    {
        int position = ParagraphPositionAt(offset);
        return position >= 0 && Paragraphs[position].Span.Contains(offset) ? Paragraphs[position] : null;
    }

    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
}
