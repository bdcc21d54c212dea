using Dossier.Core;
using Dossier.Core.Statements;

namespace Dossier.Statements.Tests;

/// <summary>The lead's session-30 items from an invented dossier (a crowd crush at a festival), each on other invented text.</summary>
public sealed class LeadItemsSession30Tests
{
    [Theory]
    [InlineData("\"These claims are false. Every gate was checked,\" the company's director, Mira Hollen, said in an interview with the broadcaster KTV.")]
    [InlineData("\"That is simply not true,\" the company's director, Mira Hollen, told the Lanford Post.")]
    [InlineData("\"The allegations are baseless,\" Mira Hollen said on Tuesday.")]
    public void AQuotationThatCallsWhatWasSaidFalse_IsADenial(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.Equal(SpeechAct.Deny, s.Act);
    }

    [Theory]
    [InlineData("\"This is wrong and we will fight it,\" Mira Hollen said of the new tax.")]
    [InlineData("\"The report is detailed and we welcome it,\" Mira Hollen said.")]
    public void AVerdictOnADeedOrAPraise_IsNoDenial(string text)
    {
        var doc = SampleDocuments.FromTextWithNames(text);

        var s = Assert.Single(doc.Statements);
        Assert.NotEqual(SpeechAct.Deny, s.Act);
    }
}
