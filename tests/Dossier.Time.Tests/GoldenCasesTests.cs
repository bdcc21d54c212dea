using Dossier.Core.Time;
using Dossier.TestSupport;

namespace Dossier.Time.Tests;

/// <summary>Runs every case of <c>Golden/time-cases.txt</c>: sentence, publication date and the expected values.</summary>
public sealed class GoldenCasesTests
{
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Dossier.Time.Tests", "Golden", "time-cases.txt"));
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && lines[i][0] != '#')
            {
                data.Add(i + 1, lines[i]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(int line, string text)
    {
        var parts = text.Split(" | ");
        Assert.True(parts.Length == 3, $"line {line}: expected 'published | sentence | expectations'");
        DateOnly? published = parts[0].Trim() == "-" ? null : DateOnly.Parse(parts[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var doc = TestDocuments.Annotated(parts[1], published);
        var expectations = parts[2].Trim();
        if (expectations == "-")
        {
            Assert.True(doc.Times.Count == 0, $"line {line}: expected no expression, found {TestDocuments.Describe(doc)}");
            return;
        }
        foreach (var e in expectations.Split(" ; "))
        {
            int eq = e.LastIndexOf(" = ", StringComparison.Ordinal);
            string exprText = e[..eq].Trim();
            var rhs = e[(eq + 3)..].Trim().Split(' ');
            var t = TestDocuments.Find(doc, exprText);
            Assert.True(exprText.Equals(doc.Slice(t.Span), StringComparison.OrdinalIgnoreCase),
                $"line {line}: span \"{doc.Slice(t.Span)}\" instead of \"{exprText}\"");
            Assert.True(rhs[0] == t.ValueText, $"line {line}: \"{exprText}\" = {t.ValueText}, expected {rhs[0]} ({t.Value.Reason})");
            for (int k = 1; k < rhs.Length; k++)
            {
                if (rhs[k].StartsWith("mod:", StringComparison.Ordinal))
                {
                    Assert.True(Enum.Parse<TimeMod>(rhs[k][4..]) == t.Value.Mod, $"line {line}: \"{exprText}\" mod {t.Value.Mod}, expected {rhs[k][4..]}");
                }
                else if (rhs[k].StartsWith("type:", StringComparison.Ordinal))
                {
                    Assert.True(Enum.Parse<TimeType>(rhs[k][5..]) == t.Type, $"line {line}: \"{exprText}\" type {t.Type}, expected {rhs[k][5..]}");
                }
                else
                {
                    Assert.Equal(Enum.Parse<YearSource>(rhs[k]), t.Value.Year);
                }
            }
        }
    }
}
