using Dossier.Core;
using Dossier.Core.Pipeline;
using Dossier.Language.Aliases;
using Dossier.Language.Entities;
using Dossier.Language.PartsOfSpeech;
using Dossier.Statements;
using Dossier.Text.Metadata;
using Dossier.Text.Paragraphs;
using Dossier.Text.Sentences;
using Dossier.Text.Tokens;
using Dossier.Time;

namespace Dossier;

/// <summary>Dossier's language pipeline: build once, then annotate any number of texts from any number of threads.</summary>
/// <remarks>
/// <code>
/// var annotator = DossierAnnotator.Create();
/// var doc = annotator.Process("Kirby said on Friday that North Korea had sent 1,000 containers.", new DateOnly(2023, 10, 13));
/// foreach (var s in doc.Statements) Console.WriteLine($"{s.Speaker?.Name}: {doc.Slice(s.Content)}");
/// </code>
/// Stages run in the order read → split → tag → resolve: tokens, sentences, parts of speech, entities, aliases,
/// time, statements, quantities. Models load once, when the annotator is built. Every span in the result is a
/// character offset into the text given.
/// </remarks>
public sealed class DossierAnnotator
{
    private readonly DocumentPipeline _pipeline;

    private DossierAnnotator(DocumentPipeline pipeline, AnnotatorOptions options)
    {
        _pipeline = pipeline;
        Options = options;
    }

    public AnnotatorOptions Options { get; }

    /// <summary>The stages this annotator runs, in order.</summary>
    public IReadOnlyList<IDocumentStage> Stages => _pipeline.Stages;

    /// <summary>Builds an annotator with the stages <paramref name="options"/> asks for.</summary>
    public static DossierAnnotator Create(AnnotatorOptions? options = null)
    {
        options ??= new AnnotatorOptions();
        var wanted = options.Annotations;
        // Statements name their speakers through entities and date themselves through time expressions.
        bool statements = wanted.HasFlag(Annotations.Statements) || wanted.HasFlag(Annotations.Quantities);
        bool entities = wanted.HasFlag(Annotations.Entities) || statements;
        bool time = wanted.HasFlag(Annotations.Time) || statements;
        // Statements read parts of speech in their last clean-up steps ("Farmers | began blocking roads but warned"), so
        // they are tagged whenever statements are wanted, whether or not the tokens are written out.
        bool tags = wanted.HasFlag(Annotations.Tokens) || statements;

        var builder = new PipelineBuilder().StartingWith(Layers.Paragraphs)
            .Add(new TokenizerStage())
            .Add(new SentenceStage());
        if (tags)
        {
            builder.Add(new PartOfSpeechStage());
        }
        if (entities)
        {
            builder.Add(new EntityStage()).Add(new AliasStage());
        }
        if (time)
        {
            builder.Add(new TimeStage(options.Clock));
        }
        if (statements)
        {
            builder.Add(new StatementStage()).Add(new QuantityStage());
        }
        return new DossierAnnotator(builder.Build(), options);
    }

    /// <summary>Annotates plain text: each line is a paragraph; spans index <paramref name="text"/> as given.</summary>
    /// <param name="published">The publication date, the anchor for "last month" or "on Friday".</param>
    public Document Process(string text, DateOnly? published = null, string id = "text", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = new Document(id, text) { Paragraphs = LineParagraphSplitter.Split(text), Present = Layers.Paragraphs };
        document.Metadata.Published = published;
        ReadLeadLines(document);
        return Process(document, cancellationToken);
    }

    // As `dossier add` does, from the first four lines: one that is only a date ("March 4, 2025", "Published 2025-03-04")
    // is the publication date when the caller gives none, and a wire dateline ("ANKARA, Feb 7 (Reuters) -") opening one
    // is the wire's, not the story's, so statements start after it and the time stage may date the story by it; with its
    // year ("PARIS, March 3, 2025 (Reuters) -") it states the publication date when nothing else does.
    private static void ReadLeadLines(Document document)
    {
        var meta = document.Metadata;
        var paragraphs = document.Paragraphs;
        for (int i = 0; i < paragraphs.Length && i < 4; i++)
        {
            var span = paragraphs[i].Span;
            if (meta.Published is null && PublicationDateParser.TryParse(span.Slice(document.Text), out var date, out _))
            {
                meta.Published = date;
                meta.PublishedFrom = "text";
            }
            else if (meta.DatelineSpan is null && DatelineParser.TryFind(document.Text, span, out var dateline, out var agency))
            {
                meta.Dateline = dateline.Slice(document.Text);
                meta.DatelineSpan = dateline;
                meta.Outlet ??= agency;
            }
        }
        if (meta.Published is null && meta.Dateline is not null && DatelineParser.TryDate(meta.Dateline, out var filed))
        {
            // "PARIS, March 3, 2025 (Reuters) -" and no other date: the wire states the day it filed the copy.
            meta.Published = filed;
            meta.PublishedFrom = "dateline";
            meta.PublishedSpan = meta.DatelineSpan;
        }
    }

    /// <summary>Annotates a document that already has paragraphs (for example one read and cleaned by <c>dossier add</c>).</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _pipeline.Process(document, cancellationToken);
    }
}
