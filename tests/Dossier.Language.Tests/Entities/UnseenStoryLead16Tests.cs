using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from the lead's session-16 dossiers (a cartel ruling): the joining words a body's name keeps when a headline's
/// verb is cut out of names (<see cref="HandBuiltSpanRuleTests"/>).</summary>
public sealed class UnseenStoryLead16Tests
{
    [Theory]
    [InlineData("The Bank of England said rates would stay on hold.", "Bank of England")]
    [InlineData("Médecins Sans Frontières said the clinic was hit.", "Médecins Sans Frontières")]
    [InlineData("The Ministry for Foreign Affairs said the talks would resume.", "Ministry for Foreign Affairs")]
    public void AJoiningWordOfABodysName_StaysInIt(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == name);
    }
}
