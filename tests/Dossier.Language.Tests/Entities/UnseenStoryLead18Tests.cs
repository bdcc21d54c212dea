using Dossier.Core.Entities;

namespace Dossier.Language.Tests.Entities;

/// <summary>Names from the lead's session-18 dossiers, each on an invented sentence of another story with the same shape.</summary>
public sealed class UnseenStoryLead18Tests
{
    [Theory]
    [InlineData("Sheriff Carla Mendes said the bridge would reopen on Friday.", "Carla Mendes", "Sheriff")]
    [InlineData("Coroner Ian Pryce said the cause of death was not yet known.", "Ian Pryce", "Coroner")]
    [InlineData("Superintendent Maya Okoro said three men had been arrested.", "Maya Okoro", "Superintendent")]
    public void AnOfficeOfTheLawBeforeAName_IsTheRole_NotPartOfTheName(string text, string name, string role)
    {
        var doc = EntityPipeline.Run("t", text);

        var person = Assert.Single(doc.Mentions, m => m.Type == EntityType.Person);
        Assert.Equal(name, text[person.Span.Start..person.Span.End]);
        Assert.Equal(role, person.Role is { } r ? text[r.Start..r.End] : null);
    }
}
