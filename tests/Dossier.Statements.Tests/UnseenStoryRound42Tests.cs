using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>Repairs from time round 35's unseen stories (an adjourned fraud trial, a storm's week, a rail strike, a paper
/// maker's quarter, a mine rescue live blog), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound42Tests
{
    [Theory]
    [InlineData("The ferry left the harbour at 7am and docked late.")]
    [InlineData("The museum reopened at about 10.30pm, the curator said.")]
    [InlineData("The first train left at 5.15 am and the last shortly before 11 p.m.")]
    [InlineData("Polling stations close at 8PM on Sunday.")]
    public void AClockTime_IsNoQuantity(string text)
    {
        var doc = SampleDocuments.FromText(text);

        Assert.Empty(doc.Quantities);
    }

    [Theory]
    [InlineData("The brewer was fined CHF 2.5 million by the regulator.", "CHF 2.5 million", "CHF", 2_500_000)]
    [InlineData("The shipyard won a contract worth NOK 1,200 million last spring.", "NOK 1,200 million", "NOK", 1_200_000_000)]
    [InlineData("Each ticket will cost DKK 450 from May.", "DKK 450", "DKK", 450)]
    public void AnIsoCodeBeforeTheAmount_NamesItsCurrency(string text, string number, string currency, double value)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == number);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(currency, q.Unit);
        Assert.Equal(value, q.Value);
    }

    [Theory]
    [InlineData("Nurses were offered a 6% raise over two years.", "two years", 2)]
    [InlineData("Councils face a £2bn cut over three years, the minister said.", "three years", 3)]
    public void OverAfterAnAmountsChange_SpansItsLength_AndIsNoMoreThan(string text, string number, double value)
    {
        var doc = SampleDocuments.FromText(text);

        var q = Assert.Single(doc.Quantities, q => q.Span.Slice(doc.Text) == number);
        Assert.Equal(QuantityQualifier.Exact, q.Qualifier);
        Assert.Equal(value, q.Value);
    }
}
