using System.Text.Json;
using Dossier.Core;
using Dossier.Core.Articles;
using Dossier.Core.Entities;
using Dossier.Core.Statements;

namespace Dossier.Json;

/// <summary>Writes a document's annotation layers as JSON properties (the shape of docs/FORMAT.md, shared by annotate and export).</summary>
/// <remarks>
/// Every span is written as <c>start</c>/<c>end</c> offsets into the document's text, with the covered <c>text</c>.
/// Indexes (<c>entity</c>, <c>time</c>, <c>statement</c>) point into the arrays of the same document; -1 becomes null.
/// Infinite bounds ("at least 10,000") are written as null.
/// </remarks>
public static class AnnotationJson
{
    /// <summary>Writes the requested layers as properties of the object the writer is in.</summary>
    public static void WriteLayers(Utf8JsonWriter w, Document d, Annotations layers)
    {
        if (layers.HasFlag(Annotations.Sentences))
        {
            w.WriteStartArray("sentences");
            foreach (var s in d.Sentences)
            {
                w.WriteStartObject();
                w.WriteNumber("start", s.Span.Start);
                w.WriteNumber("end", s.Span.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (layers.HasFlag(Annotations.Tokens))
        {
            WriteTokens(w, d);
        }
        if (layers.HasFlag(Annotations.Entities))
        {
            WriteMentions(w, d);
            w.WriteStartArray("entities");
            foreach (var e in d.Entities)
            {
                WriteEntity(w, e);
            }
            w.WriteEndArray();
        }
        if (layers.HasFlag(Annotations.Time))
        {
            w.WriteStartArray("times");
            foreach (var t in d.Times)
            {
                TimeJson.WriteExpression(w, d, t);
            }
            w.WriteEndArray();
        }
        if (layers.HasFlag(Annotations.Statements))
        {
            w.WriteStartArray("statements");
            foreach (var s in d.Statements)
            {
                WriteStatement(w, d, s);
            }
            w.WriteEndArray();
        }
        if (layers.HasFlag(Annotations.Quantities))
        {
            w.WriteStartArray("quantities");
            foreach (var q in d.Quantities)
            {
                WriteQuantity(w, d, q);
            }
            w.WriteEndArray();
        }
    }

    public static void WriteEntity(Utf8JsonWriter w, Entity e)
    {
        w.WriteStartObject();
        w.WriteNumber("id", e.Id);
        w.WriteString("name", e.Name);
        w.WriteString("type", TypeName(e.Type));
        WriteStrings(w, "aliases", e.Aliases);
        WriteStrings(w, "roles", e.Roles);
        w.WriteString("linked_to", e.LinkedTo);
        w.WriteNumber("mentions", e.MentionCount);
        w.WriteEndObject();
    }

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        _ => "NORP",
    };

    private static void WriteTokens(Utf8JsonWriter w, Document d)
    {
        var tokens = d.Tokens;
        w.WriteStartArray("tokens");
        for (int i = 0; i < tokens.Count; i++)
        {
            w.WriteStartObject();
            w.WriteNumber("start", tokens.Starts[i]);
            w.WriteNumber("end", tokens.Ends[i]);
            w.WriteString("text", d.Text.AsSpan(tokens.Starts[i], tokens.Ends[i] - tokens.Starts[i]));
            w.WriteString("pos", tokens.Tags[i] == Core.Tokens.PartOfSpeech.None ? null : tokens.Tags[i].ToString());
            w.WriteString("lemma", tokens.Lemmas[i]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteMentions(Utf8JsonWriter w, Document d)
    {
        w.WriteStartArray("mentions");
        foreach (var m in d.Mentions)
        {
            w.WriteStartObject();
            WriteSpan(w, d, m.Span);
            w.WriteString("type", TypeName(m.Type));
            WriteIndex(w, "entity", m.Entity);
            if (m.Role is { } role)
            {
                w.WriteStartObject("role");
                WriteSpan(w, d, role);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("role");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteStatement(Utf8JsonWriter w, Document d, Statement s)
    {
        w.WriteStartObject();
        w.WriteString("kind", s.Kind.ToString().ToLowerInvariant());
        w.WriteString("act", s.Act.ToString().ToLowerInvariant());
        w.WriteString("certainty", s.Certainty.ToString().ToLowerInvariant());
        w.WriteStartArray("certainty_cues");
        foreach (var c in s.CertaintyCues)
        {
            w.WriteStartObject();
            WriteSpan(w, d, c);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (s.Speaker is { } speaker)
        {
            w.WriteStartObject("speaker");
            w.WriteString("name", speaker.Name);
            WriteIndex(w, "entity", speaker.Entity);
            w.WriteString("role", speaker.Role);
            w.WriteStartArray("with");
            foreach (var other in speaker.With ?? [])
            {
                w.WriteStartObject();
                w.WriteString("name", other.Name);
                WriteIndex(w, "entity", other.Entity);
                w.WriteString("role", other.Role);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            if (speaker.Span is { } source)
            {
                w.WriteStartObject("source");
                WriteSpan(w, d, source);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("source");
            }
        }
        else
        {
            w.WriteNull("speaker");
            w.WriteNull("source");
        }
        w.WriteStartObject("cue");
        WriteSpan(w, d, s.Cue);
        w.WriteEndObject();
        w.WriteStartObject("content");
        WriteSpan(w, d, s.Content);
        w.WriteEndObject();
        w.WriteString("quote", s.Quote);
        w.WriteStartArray("relays");
        foreach (var r in s.Relays)
        {
            w.WriteStartObject();
            w.WriteString("name", r.Name);
            w.WriteString("medium", r.Medium);
            w.WriteNumber("start", r.Span.Start);
            w.WriteNumber("end", r.Span.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("medium", s.Medium);
        WriteIndex(w, "time", s.Time);
        WriteIndex(w, "answers", s.Answers);
        WriteRepeat(w, d, s.Content);
        w.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter w, Document d, Quantity q)
    {
        w.WriteStartObject();
        WriteSpan(w, d, q.Span);
        WriteNumber(w, "value", q.Value);
        WriteNumber(w, "low", q.Low);
        WriteNumber(w, "high", q.High);
        w.WriteString("qualifier", QualifierName(q.Qualifier));
        w.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
        w.WriteString("object", q.Object);
        if (q.ObjectSpan is { } o)
        {
            w.WriteStartObject("object_span");
            w.WriteNumber("start", o.Start);
            w.WriteNumber("end", o.End);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("object_span");
        }
        w.WriteString("unit", q.Unit);
        WriteIndex(w, "statement", q.Statement);
        WriteIndex(w, "time", q.Time);
        WriteRepeat(w, d, q.Span);
        w.WriteEndObject();
    }

    public static string QualifierName(QuantityQualifier q) => q switch
    {
        QuantityQualifier.AtLeast => "at_least",
        QuantityQualifier.MoreThan => "more_than",
        QuantityQualifier.UpTo => "up_to",
        QuantityQualifier.LessThan => "less_than",
        QuantityQualifier.Approximate => "approximate",
        QuantityQualifier.Nearly => "nearly",
        QuantityQualifier.Range => "range",
        QuantityQualifier.Vague => "vague",
        QuantityQualifier.PlusOrMinus => "plus_or_minus",
        _ => "exact",
    };

    // A statement or number inside a repeated paragraph is the same evidence as its first occurrence.
    private static void WriteRepeat(Utf8JsonWriter w, Document d, TextSpan span)
    {
        if (d.ParagraphAt(span.Start)?.RepeatOf is ParagraphRef r)
        {
            w.WriteStartObject("in_repeat_of");
            w.WriteString("article", r.ArticleId);
            w.WriteNumber("paragraph", r.Paragraph);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("in_repeat_of");
        }
    }

    private static void WriteSpan(Utf8JsonWriter w, Document d, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", d.Text.AsSpan(span.Start, span.Length));
    }

    private static void WriteIndex(Utf8JsonWriter w, string name, int index)
    {
        if (index >= 0)
        {
            w.WriteNumber(name, index);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }
}
