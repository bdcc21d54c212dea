using System.Text.Json;
using Dossier.Core.Statements;
using Dossier.TestSupport;

namespace Dossier.Statements.Tests;

public sealed class AnswerKeyQuantityTests
{
    public static TheoryData<string> QuantityIds()
    {
        var data = new TheoryData<string>();
        foreach (var s in AnswerKey.Items("quantities"))
        {
            data.Add(s.GetProperty("id").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(QuantityIds))]
    public void Quantity_FoundWithValueQualifierAndObject(string id)
    {
        var item = AnswerKey.Items("quantities").First(e => e.GetProperty("id").GetString() == id);
        string obj = item.GetProperty("object").GetString()!;
        var qualifier = Enum.Parse<QuantityQualifier>(item.GetProperty("qualifier").GetString()!.Replace("_", ""), ignoreCase: true);
        foreach (var article in SampleDocuments.Articles(item))
        {
            var doc = SampleDocuments.Get(article);
            var found = doc.Quantities.Where(q => q.Kind == QuantityKind.Count && q.Object is not null
                && (q.Object.Contains(obj, StringComparison.OrdinalIgnoreCase) || obj.Contains(q.Object, StringComparison.OrdinalIgnoreCase))).ToList();
            Assert.True(found.Count > 0, $"{id}: no count of '{obj}' in {article}");
            Assert.Contains(found, q => q.Qualifier == qualifier && ValueMatches(q, item));
        }
    }

    [Fact]
    public void NotCounts_AreNeverCounts()
    {
        foreach (var item in AnswerKey.Items("not_counts"))
        {
            string text = item.GetProperty("text").GetString()!;
            foreach (var article in SampleDocuments.Articles(item))
            {
                var doc = SampleDocuments.Get(article);
                foreach (var q in doc.Quantities)
                {
                    var span = doc.Slice(q.Span);
                    Assert.False(q.Kind == QuantityKind.Count && (text.Contains(span, StringComparison.Ordinal) || span.Contains(text, StringComparison.Ordinal)),
                        $"'{text}' reported as a count in {article}");
                }
            }
        }
    }

    [Fact]
    public void Money_IsKeptAsMoneyWithItsCurrency()
    {
        var doc = SampleDocuments.FromText("Did Trump lie about $350 billion aid to Ukraine? Kyiv received 40 billion euros.");
        var money = doc.Quantities.Where(q => q.Kind == QuantityKind.Money).ToList();
        Assert.Equal(2, money.Count);
        Assert.Equal(350e9, money[0].Value);
        Assert.Equal("USD", money[0].Unit);
        Assert.Equal("EUR", money[1].Unit);
        Assert.DoesNotContain(doc.Quantities, q => q.Kind == QuantityKind.Count);
    }

    [Theory]
    [InlineData("Russia fired up to 20 missiles.", 20, 0, 20, QuantityQualifier.UpTo, "missiles")]
    [InlineData("They found more than 300 bodies.", 300, 300, double.PositiveInfinity, QuantityQualifier.MoreThan, "bodies")]
    [InlineData("About 1,500 troops arrived.", 1500, 1350, 1650, QuantityQualifier.Approximate, "troops")]
    [InlineData("Between 10 and 20 drones were shot down.", 10, 10, 20, QuantityQualifier.Range, "drones")]
    [InlineData("It sent twenty-five tanks.", 25, 25, 25, QuantityQualifier.Exact, "tanks")]
    [InlineData("The army handed over 1000 rifles to the police.", 1000, 1000, 1000, QuantityQualifier.Exact, "rifles")]
    [InlineData("The floods killed over 100 people.", 100, 100, double.PositiveInfinity, QuantityQualifier.MoreThan, "people")]
    [InlineData("It sent a dozen tanks.", 12, 12, 12, QuantityQualifier.Exact, "tanks")]
    [InlineData("Hundreds of drones flew.", 200, 200, 999, QuantityQualifier.Approximate, "drones")]
    public void Quantity_ReadsQualifiersAsIntervals(string text, double value, double low, double high, QuantityQualifier qualifier, string obj)
    {
        var doc = SampleDocuments.FromText(text);
        var q = Assert.Single(doc.Quantities);
        Assert.Equal(value, q.Value);
        Assert.Equal(low, q.Low);
        Assert.Equal(high, q.High);
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal(obj, q.Object);
    }

    [Theory]
    [InlineData("The 75th anniversary was in 2022, on June 14 at 12:26 PM.")]
    [InlineData("Weapons from the 1970s and 2nd-hand trucks.")]
    public void Ordinals_Years_Dates_Times_AreNotQuantities(string text)
    {
        var doc = SampleDocuments.FromText(text);
        Assert.DoesNotContain(doc.Quantities, q => q.Kind == QuantityKind.Count);
    }

    [Fact]
    public void Calibre_IsAMeasure()
    {
        var doc = SampleDocuments.FromText("It supplies 152-mm artillery shells.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal(QuantityKind.Measure, q.Kind);
        Assert.Equal("mm", q.Unit);
    }

    [Fact]
    public void Quantity_LinksToItsStatement()
    {
        var doc = SampleDocuments.FromText("Kirby said that North Korea had sent 1,000 containers.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal(0, q.Statement);
        Assert.Equal("Kirby", doc.Statements[q.Statement].Speaker!.Name);
    }

    private static bool ValueMatches(Quantity q, JsonElement item)
    {
        if (item.TryGetProperty("value", out var v))
        {
            return q.Value == v.GetDouble();
        }
        var range = item.GetProperty("value_range");
        double lo = range[0].GetDouble(), hi = range[1].GetDouble();
        // vague plurals: the interval must overlap the key's and each bound be within a factor of two
        return q.Low <= hi && q.High >= lo && q.Low >= lo / 2 && q.Low <= lo * 2 && q.High >= hi / 2 && q.High <= hi * 2;
    }
}
