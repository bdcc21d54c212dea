using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from the lead's session-20 dossiers, each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead20Tests
{
    [Fact]
    public void AWordOpeningARoleAtTheStartOfASentence_IsNoPerson()
    {
        const string text = "A tanker ran aground, the Maltese Coast Guard said.\n\n"
            + "Coast guard spokesman Karl Vella told reporters that the crew had been rescued.";

        var doc = EntityPipeline.Run("t", text);

        Assert.DoesNotContain(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "Coast");
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == "Karl Vella" && m.Type == EntityType.Person);
    }

    [Fact]
    public void AWordTheDocumentWritesAfterOff_IsAPlace_WhereverTheTaggerNamedIt()
    {
        const string text = "A trawler capsized off Kalymnos, killing 11 fishermen.\n\n"
            + "The trawler sank off Kalymnos, killing at least 11 fishermen.\n\n"
            + "The operator suspended its Kos–Kalymnos service.";

        var doc = EntityPipeline.Run("t", text);

        Assert.All(doc.Mentions.Where(m => text[m.Span.Start..m.Span.End] == "Kalymnos"), m => Assert.NotEqual(EntityType.Person, m.Type));
    }

    [Theory]
    [InlineData("Alfonso XIII")]
    [InlineData("Fernando VII")]
    public void ANameThatOpensOnARomanNumeral_TakesTheRulersNameBeforeIt(string ruler)
    {
        string text = "Spain disputes heatwave death toll estimate\n\n"
            + "MADRID — Spain's health ministry on Saturday rejected a study.\n\n"
            + $"The {ruler} Health Institute, which runs the national mortality monitoring system, estimated excess deaths at "
            + "between 1,500 and 2,100, a spokesman said.";

        var doc = EntityPipeline.Run("t", text);

        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == $"{ruler} Health Institute");
    }
}
