using System.Globalization;
using System.Text;
using Dossier.Core;

namespace Dossier.Time.Evaluation;

/// <summary>Reads TimeML (<c>.tml</c>) files: the DCT and the TIMEX3 annotations of the TEXT element, with offsets into its tag-free text.</summary>
/// <remarks>
/// A small purpose-built scanner rather than an XML parser: offsets must index the text with tags removed and
/// entities decoded, which is exactly what the scanner produces as it goes. Single line breaks inside a block are
/// kept as characters; the evaluation joins hard-wrapped lines itself.
/// </remarks>
public static class TimeMlReader
{
    public static TimeMlDocument Read(string path) => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));

    /// <summary>All <c>.tml</c> files under <paramref name="folder"/>, in ordinal path order.</summary>
    public static IReadOnlyList<TimeMlDocument> ReadFolder(string folder)
    {
        var files = Directory.GetFiles(folder, "*.tml", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var docs = new List<TimeMlDocument>(files.Length);
        foreach (var f in files)
        {
            docs.Add(Read(f));
        }
        return docs;
    }

    public static TimeMlDocument Parse(string id, string xml)
    {
        DateOnly? dct = null;
        int dctAt = xml.IndexOf("<DCT>", StringComparison.Ordinal);
        if (dctAt >= 0)
        {
            int tag = xml.IndexOf("<TIMEX3", dctAt, StringComparison.Ordinal);
            int close = tag < 0 ? -1 : xml.IndexOf('>', tag);
            if (close > 0)
            {
                var value = Attribute(xml.AsSpan(tag, close - tag), "value");
                if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    dct = d;
                }
            }
        }
        int textStart = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        int textEnd = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (textStart < 0 || textEnd < textStart)
        {
            return new TimeMlDocument(id, dct, "", []);
        }
        var body = xml.AsSpan(textStart + 6, textEnd - textStart - 6);
        var text = new StringBuilder(body.Length);
        var timexes = new List<GoldTimex>();
        int openStart = -1;
        string type = "", val = "";
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (c == '<')
            {
                int close = body[i..].IndexOf('>');
                if (close < 0)
                {
                    break;
                }
                var tag = body.Slice(i, close + 1);
                if (tag.StartsWith("<TIMEX3"))
                {
                    openStart = text.Length;
                    type = Attribute(tag, "type");
                    val = Attribute(tag, "value");
                }
                else if (tag.StartsWith("</TIMEX3") && openStart >= 0)
                {
                    timexes.Add(new GoldTimex(new TextSpan(openStart, text.Length), type, val));
                    openStart = -1;
                }
                i += close + 1;
            }
            else if (c == '&')
            {
                int semi = body[i..].IndexOf(';');
                if (semi > 0 && semi < 10)
                {
                    text.Append(Entity(body.Slice(i + 1, semi - 1)));
                    i += semi + 1;
                }
                else
                {
                    text.Append(c);
                    i++;
                }
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
        return new TimeMlDocument(id, dct, text.ToString(), timexes);
    }

    private static string Entity(ReadOnlySpan<char> name) => name switch
    {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ when name.Length > 1 && name[0] == '#' && int.TryParse(name[1..], out int code) && code is > 0 and < 0xD800 => ((char)code).ToString(),
        _ => "&" + name.ToString() + ";",
    };

    private static string Attribute(ReadOnlySpan<char> tag, string name)
    {
        var key = " " + name + "=\"";
        int at = tag.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return "";
        }
        var rest = tag[(at + key.Length)..];
        int end = rest.IndexOf('"');
        return end < 0 ? "" : rest[..end].ToString();
    }
}
