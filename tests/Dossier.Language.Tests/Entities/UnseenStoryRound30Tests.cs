using Dossier.Core;
using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>The shapes of round 30 (a trade head inside a longer body's name, a title word after "of" at a body's end,
/// letters of rank or honour after a person's name), each on an invented sentence of another story.</summary>
public sealed class UnseenStoryRound30Tests
{
    private static string Text(Document doc, EntityMention m) => doc.Text[m.Span.Start..m.Span.End];

    [Fact]
    public void ATradeHeadInsideALongerBodysName_DoesNotEndTheName()
    {
        var doc = EntityPipeline.Run("t", "A warning came from the South Africa Maritime Trade Operations, which tracks ships off the cape. "
            + "New Zealand Maritime Trade Operations said a fishing boat had been seized.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "South Africa Maritime Trade Operations" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "New Zealand Maritime Trade Operations" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).EndsWith("Maritime", StringComparison.Ordinal));
    }

    [Fact]
    public void ATitleWordAfterOf_EndsTheBodysName_NotARole()
    {
        var doc = EntityPipeline.Run("t", "Officials at the Federal Department of Justice said the hearing was delayed. "
            + "A report by the Ruvenian Ministry of Justice found no fault.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Federal Department of Justice" && m.Type == EntityType.Org);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Ruvenian Ministry of Justice" && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).EndsWith(" of", StringComparison.Ordinal));
    }

    [Fact]
    public void LettersOfRankOrHonourAfterAPersonsName_AreNoPartOfIt()
    {
        var doc = EntityPipeline.Run("t", "Defending, Imogen Farrow KC told the jury that the evidence was thin. "
            + "The motion was tabled by Gareth Pellow MP and backed by Sian Ellery MEP.");
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Imogen Farrow" && m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Gareth Pellow" && m.Type == EntityType.Person);
        Assert.Contains(doc.Mentions, m => Text(doc, m) == "Sian Ellery" && m.Type == EntityType.Person);
        Assert.DoesNotContain(doc.Mentions, m => Text(doc, m).Contains("KC", StringComparison.Ordinal) || Text(doc, m).Contains("MP", StringComparison.Ordinal));
    }
}
