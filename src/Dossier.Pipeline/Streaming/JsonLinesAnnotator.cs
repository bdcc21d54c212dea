using System.Buffers;
using System.Text.Json;
using Dossier.Json;
using Dossier.Text.Metadata;

namespace Dossier.Streaming;

/// <summary>Annotates a stream of JSON lines (or plain text), writing one JSON line per input line, in input order.</summary>
/// <remarks>
/// Lines are read in blocks of <see cref="StreamOptions.BlockSize"/> and annotated in parallel; a block is written
/// before the next is read, so memory stays flat on an endless stream and output order never depends on scheduling.
/// A line that cannot be annotated becomes an error object on its own output line; the stream goes on.
/// </remarks>
public sealed class JsonLinesAnnotator(DossierAnnotator annotator, StreamOptions options)
{
    private static readonly JsonDocumentOptions s_parse = new() { MaxDepth = 32 };

    /// <summary>Lines written, and how many of them were errors.</summary>
    public readonly record struct Totals(long Lines, long Errors);

    /// <summary>Reads JSON lines from <paramref name="input"/> until it ends.</summary>
    public Totals RunJsonLines(TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        var lines = new string[options.BlockSize];
        var numbers = new long[options.BlockSize];
        var results = new AnnotatedLine[options.BlockSize];
        long lineNumber = 0, written = 0, errors = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = cancellationToken };
        while (true)
        {
            int count = 0;
            string? line;
            while (count < lines.Length && (line = input.ReadLine()) is not null)
            {
                lineNumber++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    lines[count] = line;
                    numbers[count] = lineNumber;
                    count++;
                }
            }
            if (count == 0)
            {
                break;
            }
            Parallel.For(0, count, parallel, i => results[i] = AnnotateLine(lines[i], numbers[i]));
            for (int i = 0; i < count; i++)
            {
                output.WriteLine(results[i].Json);
                written++;
                errors += results[i].IsError ? 1 : 0;
            }
            Array.Clear(lines);
            Array.Clear(results);
            output.Flush();
        }
        return new Totals(written, errors);
    }

    /// <summary>Annotates one whole text as a single document (plain-text input).</summary>
    public AnnotatedLine AnnotateText(string id, string text, DateOnly? published) => new(Write(id, text, published, null), false);

    /// <summary>Annotates one JSON line: <c>{"id": …, "text": …, "published": "2024-06-14"?, "title"?: …}</c>.</summary>
    public AnnotatedLine AnnotateLine(string line, long lineNumber)
    {
        string? id = null;
        try
        {
            using var json = JsonDocument.Parse(line, s_parse);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, lineNumber, "expected a JSON object with \"text\"");
            }
            id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            } : null;
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return Error(id, lineNumber, "missing \"text\" (a string)");
            }
            DateOnly? published = null;
            if (root.TryGetProperty("published", out var pub) && pub.ValueKind == JsonValueKind.String)
            {
                if (!PublicationDateParser.TryParse(pub.GetString(), out var date, out _))
                {
                    return Error(id, lineNumber, $"\"published\" is not a date: {pub.GetString()}");
                }
                published = date;
            }
            string? title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var text = textElement.GetString()!;
            if (text.Length > options.MaxTextLength)
            {
                return Error(id, lineNumber, $"\"text\" is longer than {options.MaxTextLength} characters");
            }
            return new(Write(id ?? lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), text, published, title), false);
        }
        catch (JsonException ex)
        {
            return Error(id, lineNumber, "malformed JSON: " + ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return Error(id, lineNumber, "could not annotate: " + ex.Message);
        }
    }

    private string Write(string id, string text, DateOnly? published, string? title)
    {
        var document = annotator.Process(text, published, id);
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, text.Length * 4));
        using (var w = new Utf8JsonWriter(buffer, ArticleJson.Options(indented: false)))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("published", document.Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (title is not null)
            {
                w.WriteString("title", title);
            }
            AnnotationJson.WriteLayers(w, document, options.Output | Annotations.Sentences);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static AnnotatedLine Error(string? id, long line, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, ArticleJson.Options(indented: false)))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteNumber("line", line);
            w.WriteString("error", message);
            w.WriteEndObject();
        }
        return new(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), true);
    }
}
