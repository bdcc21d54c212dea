using System.Text.Json;
using Dossier.Core;
using Dossier.Core.Statements;
using Dossier.TestSupport;

namespace Dossier.Statements.Tests;

public sealed class AnswerKeyStatementTests
{
    public static TheoryData<string> StatementIds()
    {
        var data = new TheoryData<string>();
        foreach (var s in AnswerKey.Items("statements"))
        {
            data.Add(s.GetProperty("id").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StatementIds))]
    public void Statement_FoundWithSpeakerQuoteRelaysAndStance(string id)
    {
        var item = Find("statements", id);
        string speaker = item.GetProperty("speaker").GetString()!;
        string kind = item.GetProperty("kind").GetString()!;
        foreach (var article in SampleDocuments.Articles(item))
        {
            var doc = SampleDocuments.Get(article);
            var candidates = new List<Statement>();
            foreach (var s in doc.Statements)
            {
                if (TextMatches(doc, s, item, kind))
                {
                    candidates.Add(s);
                }
            }
            Assert.True(candidates.Count > 0, $"{id}: no statement with that text in {article}");
            var match = candidates.Find(s => SpeakerMatches(s.Speaker, speaker));
            Assert.True(match is not null, $"{id}: speaker '{speaker}' not found in {article}; got {string.Join(", ", candidates.Select(c => c.Speaker?.Name ?? "(none)"))}");
            foreach (var via in AnswerKey.Strings(item, "via"))
            {
                Assert.True(match.Relays.Any(r => NameMatches(r.Name, via)), $"{id}: relay '{via}' missing; got {string.Join(", ", match.Relays.Select(r => r.Name))}");
            }
            if (item.TryGetProperty("stance", out var stance) && stance.GetString() == "deny")
            {
                Assert.Equal(SpeechAct.Deny, match.Act);
            }
            if (item.TryGetProperty("certainty", out var certainty))
            {
                Assert.Equal(certainty.GetString(), match.Certainty.ToString(), ignoreCase: true);
                if (match.Certainty != Certainty.Certain)
                {
                    Assert.NotEmpty(match.CertaintyCues);
                }
            }
        }
    }

    [Fact]
    public void Speakers_WithRoles_KeepTheRole()
    {
        var doc = SampleDocuments.Get("003_cff7c289fec4e0ce");
        var s = doc.Statements.First(x => x.Speaker?.Name == "Shin Won-sik" && x.Speaker.Role is not null);
        Assert.Equal("South Korean Defense Minister", s.Speaker!.Role);
    }

    private static JsonElement Find(string list, string id) =>
        AnswerKey.Items(list).First(e => e.GetProperty("id").GetString() == id);

    private static bool TextMatches(Document doc, Statement s, JsonElement item, string kind)
    {
        if (item.TryGetProperty("quote", out var quote))
        {
            return s.Quote is not null && Normalize(s.Quote) == Normalize(quote.GetString()!);
        }
        var whole = doc.Slice(s.Cue.IsEmpty ? s.Content : s.Cue.Union(s.Content));
        foreach (var term in AnswerKey.Strings(item, "match"))
        {
            if (!whole.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return kind != "direct";
    }

    /// <summary>Quote marks aside, the key is not consistent about a quote's last comma or stop; the words must be exact.</summary>
    private static string Normalize(string quote) => quote.Trim().TrimEnd(',', '.', ' ');

    internal static bool SpeakerMatches(Speaker? speaker, string expected) => speaker is not null && NameMatches(speaker.Name, expected);

    internal static bool NameMatches(string found, string expected) =>
        found.Contains(expected, StringComparison.OrdinalIgnoreCase) || expected.Contains(found, StringComparison.OrdinalIgnoreCase) && found.Length >= 3;
}
