using Dossier.Core.Entities;
using Dossier.Language.Aliases;
using Dossier.Language.Entities;
using Dossier.TestSupport;

namespace Dossier.Language.Tests.Entities;

public sealed class SampleCorpusEntityTests
{
    private static readonly Lazy<(List<Core.Document> Docs, DossierEntities Merged)> s_run = new(() =>
    {
        var docs = EntityPipeline.Samples();
        return (docs, EntityMerger.Merge(docs));
    });

    private static DossierEntities Merged => s_run.Value.Merged;

    public static TheoryData<string> AnswerEntities()
    {
        var data = new TheoryData<string>();
        foreach (var e in AnswerKey.Items("entities"))
        {
            data.Add(e.GetProperty("name").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AnswerEntities))]
    public void AnswerKeyEntity_IsFoundWithItsType(string name)
    {
        var expected = AnswerKey.Items("entities").First(e => e.GetProperty("name").GetString() == name);
        var type = expected.GetProperty("type").GetString() switch
        {
            "PERSON" => EntityType.Person,
            "ORG" => EntityType.Org,
            "GPE" => EntityType.Gpe,
            "LOC" => EntityType.Loc,
            _ => EntityType.Norp,
        };
        var found = Find(name);
        Assert.True(found is not null, $"no canonical entity named or aliased '{name}'");
        Assert.Equal(type, found!.Type);
    }

    [Theory]
    [MemberData(nameof(AnswerEntities))]
    public void AnswerKeyAliases_ResolveToOneEntity(string name)
    {
        var expected = AnswerKey.Items("entities").First(e => e.GetProperty("name").GetString() == name);
        var canonical = Find(name);
        Assert.NotNull(canonical);
        var corpus = string.Join("\n", AnswerKey.ArticleIds().Select(id => File.ReadAllText(AnswerKey.SamplePath(id))));
        var aliases = AnswerKey.Strings(expected, "aliases");
        foreach (var alias in aliases)
        {
            // The key lists some forms the reports only write inside a longer alias ("Nebenzia" in "Vassily Nebenzia");
            // only forms the text uses on their own count.
            int alone = Count(corpus, alias);
            foreach (var longer in aliases)
            {
                if (longer.Length > alias.Length && longer.Contains(alias, StringComparison.Ordinal))
                {
                    alone -= Count(corpus, longer);
                }
            }
            if (alone <= 0)
            {
                continue;
            }
            // A title is the mention's role, not part of the name: "General Milley" is the mention "Milley".
            var other = Find(alias) ?? Find(StripTitles(alias));
            Assert.True(ReferenceEquals(canonical, other), $"'{alias}' resolves to '{other?.Name ?? "nothing"}', not to '{canonical!.Name}'");
        }
    }

    [Theory]
    [InlineData("DPRK", "North Korea")]
    [InlineData("Pyongyang", "North Korea")]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    [InlineData("Won-sik", "Shin Won-sik")]
    [InlineData("Milley", "Mark Milley")]
    [InlineData("the New York Times", "The New York Times")]
    public void Variants_ResolveToTheSameEntity(string variant, string name)
    {
        var a = Find(variant);
        Assert.NotNull(a);
        Assert.Same(a, Find(name));
    }

    [Fact]
    public void WhiteHouse_IsAnOrganisationLinkedToTheUnitedStates()
    {
        var whiteHouse = Find("White House");
        Assert.NotNull(whiteHouse);
        Assert.Equal(EntityType.Org, whiteHouse!.Type);
        Assert.Equal("United States", whiteHouse.LinkedTo);
        Assert.NotSame(whiteHouse, Find("United States"));
    }

    [Fact]
    public void Roles_AreCapturedFromPremodifiersAndAppositions()
    {
        Assert.Contains("White House spokesman", Find("John Kirby")!.Roles);
        Assert.Contains("South Korean Defense Minister", Find("Shin Won-sik")!.Roles);
        Assert.Contains(Find("Oleksandr Kraiev")!.Roles, r => r.StartsWith("expert at the Ukrainian Prism", StringComparison.Ordinal));
        Assert.Contains(Find("Mark Milley")!.Roles, r => r.Contains("Chairman of the Joint Chiefs of Staff", StringComparison.Ordinal));
    }

    [Fact]
    public void Mentions_KeepTheirRole()
    {
        var doc = s_run.Value.Docs.First(d => d.Id.StartsWith("003", StringComparison.Ordinal));
        var shin = doc.Mentions.First(m => doc.Slice(m.Span) == "Shin Won-sik");
        Assert.Equal("South Korean Defense Minister", doc.Slice(shin.Role!.Value));
    }

    [Fact]
    public void NoPronoun_IsAMentionOrAnEntity()
    {
        foreach (var doc in s_run.Value.Docs)
        {
            foreach (var m in doc.Mentions)
            {
                Assert.False(Pronouns.IsPronoun(doc.Slice(m.Span)), $"pronoun '{doc.Slice(m.Span)}' in {doc.Id}");
                Assert.True(m.Entity >= 0);
            }
        }
        foreach (var e in Merged.Entities)
        {
            Assert.DoesNotContain(e.Aliases, a => Pronouns.IsPronoun(a));
        }
    }

    private static int Count(string corpus, string phrase) =>
        System.Text.RegularExpressions.Regex.Count(corpus, $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(phrase)}(?![\w-])");

    private static string StripTitles(string alias)
    {
        var words = alias.Split(' ');
        int i = 0;
        while (i < words.Length - 1 && RoleWords.IsRoleWord(words[i]))
        {
            i++;
        }
        return string.Join(' ', words[i..]);
    }

    private static Entity? Find(string name)
    {
        var key = NameKey.Of(name);
        foreach (var e in Merged.Entities)
        {
            if (NameKey.Of(e.Name) == key)
            {
                return e;
            }
        }
        foreach (var e in Merged.Entities)
        {
            if (e.Aliases.Any(a => NameKey.Of(a) == key))
            {
                return e;
            }
        }
        return null;
    }
}
