using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from the lead's session-15 dossiers (a diplomatic expulsion, a volcanic eruption), each on an invented
/// sentence of the same shape.</summary>
public sealed class UnseenStoryLead15Tests
{
    [Theory]
    [InlineData("Hvolsvik mayor Anna Berg said the roads were closed.", "Hvolsvik")]
    [InlineData("The rally was backed by Dunmore governor Tom Reilly.", "Dunmore")]
    public void ANameBeforeMayorOrGovernor_IsAPlace(string text, string place)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == place && m.Type is EntityType.Loc or EntityType.Gpe);
    }

    [Theory]
    [InlineData("Operator Nordvik Energi said the plant was safe.", "Nordvik Energi")]
    [InlineData("The storm hit on Monday. Regulator Ofgard said it would investigate.", "Ofgard")]
    public void AFirmsDescriptorOpeningTheSentence_IsNoPartOfItsName(string text, string name)
    {
        var doc = EntityPipeline.Run("t", text);
        Assert.Contains(doc.Mentions, m => text[m.Span.Start..m.Span.End] == name && m.Type == EntityType.Org);
        Assert.DoesNotContain(doc.Mentions, m => text[m.Span.Start..m.Span.End].StartsWith("Operator", StringComparison.Ordinal)
            || text[m.Span.Start..m.Span.End].StartsWith("Regulator", StringComparison.Ordinal));
    }
}
