using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Language.Aliases;

namespace Dossier.Json;

/// <summary>Writes articles in the export format of docs/FORMAT.md, field order fixed so output is stable.</summary>
public static class ArticleJson
{
    public const string FormatName = "dossier/1";

    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        // Quotes and non-Latin text stay readable; the output is UTF-8 JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one article: metadata, text, paragraphs and removed debris, then the requested annotation layers.</summary>
    /// <param name="entities">The dossier-wide entities, to give each article entity its dossier id.</param>
    public static void Write(Utf8JsonWriter w, Document d, Annotations layers = Annotations.None, DossierEntities? entities = null)
    {
        var m = d.Metadata;
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("title", m.Title);
        WriteDate(w, "published", m.Published);
        w.WriteString("published_time", m.PublishedTime?.ToString("HH:mm", CultureInfo.InvariantCulture));
        w.WriteString("published_from", m.PublishedFrom);
        w.WriteString("outlet", m.Outlet);
        w.WriteString("url", m.Url);
        w.WriteString("dateline", m.Dateline);
        w.WriteString("standfirst", m.Standfirst);
        w.WriteString("source", m.SourcePath);
        w.WriteString("format", m.Format);
        w.WriteString("content_hash", m.ContentHash);
        w.WriteString("duplicate_of", d.DuplicateOf);
        w.WriteString("text", d.Text);

        w.WriteStartArray("paragraphs");
        foreach (var p in d.Paragraphs)
        {
            w.WriteStartObject();
            w.WriteNumber("index", p.Index);
            w.WriteString("kind", KindName(p.Kind));
            w.WriteNumber("start", p.Span.Start);
            w.WriteNumber("end", p.Span.End);
            w.WriteString("text", d.Slice(p.Span));
            if (p.RepeatOf is { } r)
            {
                w.WriteStartObject("repeat_of");
                w.WriteString("article", r.ArticleId);
                w.WriteNumber("paragraph", r.Paragraph);
                w.WriteEndObject();
                w.WriteString("repeat_kind", p.Repeat.ToString().ToLowerInvariant());
            }
            else
            {
                w.WriteNull("repeat_of");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("removed");
        foreach (var r in d.Removed)
        {
            w.WriteStartObject();
            w.WriteString("text", r.Text);
            w.WriteString("reason", r.Reason);
            if (r.Span is { } span)
            {
                w.WriteNumber("start", span.Start);
                w.WriteNumber("end", span.End);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (layers != Annotations.None)
        {
            if (d.PublishedWindow is { } window)
            {
                TimeJson.WriteWindow(w, "published_window", window);
            }
            else
            {
                w.WriteNull("published_window");
            }
            AnnotationJson.WriteLayers(w, d, layers);
            if (entities is not null && layers.HasFlag(Annotations.Entities))
            {
                w.WriteStartArray("dossier_entity_of");
                foreach (var e in d.Entities)
                {
                    w.WriteNumberValue(entities.Map.TryGetValue((d.Id, e.Id), out int id) ? id : -1);
                }
                w.WriteEndArray();
            }
        }
        w.WriteEndObject();
    }

    public static string KindName(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Title => "title",
        ParagraphKind.Standfirst => "standfirst",
        ParagraphKind.Heading => "heading",
        ParagraphKind.DateLine => "date_line",
        ParagraphKind.Quote => "quote",
        ParagraphKind.ListItem => "list_item",
        _ => "body",
    };

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            w.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
