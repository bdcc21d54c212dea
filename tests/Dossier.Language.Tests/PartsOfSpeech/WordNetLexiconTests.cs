using Dossier.Language.PartsOfSpeech;
using Dossier.Training.PartsOfSpeech;

namespace Dossier.Language.Tests.PartsOfSpeech;

public sealed class WordNetLexiconTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dossier-wn-" + Guid.NewGuid().ToString("N"));

    public WordNetLexiconTests()
    {
        var folder = Path.Combine(_root, WordNetLexicon.Folder);
        Directory.CreateDirectory(folder);
        // A miniature WordNet in the real files' formats: licence header lines start with spaces.
        File.WriteAllLines(Path.Combine(folder, "data.noun"),
        [
            "  1 This software and database is being provided to you",
            "00000001 03 n 01 stop 0 000 | a halt",
            "00000002 15 n 02 Paris 0 City_of_Light 0 000 | the capital of France",
            "00000003 06 n 01 bank 0 000 | a financial institution",
            "00000004 14 n 01 goose 0 000 | a bird",
            "00000005 14 n 01 paris 0 000 | a plant (made up for the test)",
            "00000006 18 n 01 Einstein 0 000 | a physicist",
        ]);
        File.WriteAllLines(Path.Combine(folder, "index.noun"),
        [
            "  1 licence",
            "bank n 1 1 @ 1 9 00000003  ",
            "einstein n 1 1 @ 1 0 00000006  ",
            "goose n 1 1 @ 1 1 00000004  ",
            "paris n 2 1 @ 2 0 00000002 00000005  ",
            "stop n 1 1 @ 1 2 00000001  ",
        ]);
        File.WriteAllLines(Path.Combine(folder, "index.verb"),
        [
            "bank v 1 1 @ 1 1 00000010  ",
            "carry v 1 1 @ 1 3 00000011  ",
            "make v 1 1 @ 1 50 00000012  ",
            "stop v 1 2 @ ~ 1 20 00000013  ",
            "take_off v 1 1 @ 1 1 00000014  ",
        ]);
        File.WriteAllLines(Path.Combine(folder, "index.adj"), ["good a 1 1 & 1 30 00000020  "]);
        File.WriteAllLines(Path.Combine(folder, "index.adv"), ["fast r 1 0 1 2 00000030  "]);
        File.WriteAllLines(Path.Combine(folder, "noun.exc"), ["geese goose"]);
        File.WriteAllLines(Path.Combine(folder, "verb.exc"), ["made make", "making make"]);
        File.WriteAllLines(Path.Combine(folder, "adj.exc"), ["better good", "best good"]);
        File.WriteAllLines(Path.Combine(folder, "adv.exc"), ["faster fast"]);
        File.WriteAllLines(Path.Combine(folder, "COPYRIGHT"),
        [
            "Files: *",
            "License: WordNet3.0",
            " Permission to use, copy, modify and distribute.",
            " .",
            " WordNet 3.0 Copyright 2006 by Princeton University.",
            "",
            "Files: debian/*",
        ]);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static int Bits(Dictionary<ulong, int> lexicon, string form) => lexicon.GetValueOrDefault(FeatureHash.Normalized(form));

    [Fact]
    public void Read_BaseForms_GetTheirClasses()
    {
        var lexicon = WordNetLexicon.Read(_root);
        Assert.Equal(WordNetClass.Noun | WordNetClass.Verb, Bits(lexicon, "stop") & 0xFF);
        Assert.Equal(WordNetClass.Adjective, Bits(lexicon, "good") & 0xFF);
        Assert.Equal(WordNetClass.Adverb, Bits(lexicon, "fast") & 0xFF);
        Assert.Equal(0, Bits(lexicon, "take_off"));
        Assert.Equal(0, Bits(lexicon, "unheardof"));
    }

    [Fact]
    public void Read_NamesOnlyCapitalised_AreProperNouns()
    {
        var lexicon = WordNetLexicon.Read(_root);
        Assert.Equal(WordNetClass.ProperNoun, Bits(lexicon, "Einstein") & (WordNetClass.ProperNoun | WordNetClass.Noun));
        // "paris" is also a lower-case noun, so it is not a name-only word.
        Assert.Equal(WordNetClass.Noun, Bits(lexicon, "Paris") & (WordNetClass.ProperNoun | WordNetClass.Noun));
    }

    [Fact]
    public void Read_Inflections_RegularAndListed()
    {
        var lexicon = WordNetLexicon.Read(_root);
        Assert.NotEqual(0, Bits(lexicon, "stopped") & WordNetClass.VerbEd);
        Assert.NotEqual(0, Bits(lexicon, "stopping") & WordNetClass.VerbIng);
        Assert.Equal(WordNetClass.Plural | WordNetClass.VerbS, Bits(lexicon, "stops"));
        Assert.NotEqual(0, Bits(lexicon, "carried") & WordNetClass.VerbEd);
        Assert.NotEqual(0, Bits(lexicon, "carries") & WordNetClass.VerbS);
        Assert.NotEqual(0, Bits(lexicon, "geese") & WordNetClass.Plural);
        Assert.NotEqual(0, Bits(lexicon, "made") & WordNetClass.VerbEd);
        Assert.NotEqual(0, Bits(lexicon, "making") & WordNetClass.VerbIng);
        Assert.NotEqual(0, Bits(lexicon, "better") & WordNetClass.Comparative);
        Assert.Equal(0, Bits(lexicon, "goodded"));
    }

    [Fact]
    public void Read_SeveralClasses_RecordTheDominantOne()
    {
        var lexicon = WordNetLexicon.Read(_root);
        // bank: 9 tagged noun senses against 1 verb sense; stop: 2 against 20.
        Assert.Equal(1, Bits(lexicon, "bank") >> WordNetClass.DominantShift);
        Assert.Equal(2, Bits(lexicon, "stop") >> WordNetClass.DominantShift);
        Assert.Equal(0, Bits(lexicon, "goose") >> WordNetClass.DominantShift);
    }

    [Fact]
    public void Read_NoResources_IsEmpty_MissingFiles_Throw()
    {
        Assert.Empty(WordNetLexicon.Read(null));
        Assert.Throws<DirectoryNotFoundException>(() => WordNetLexicon.Read(Path.Combine(_root, "nothing")));
    }

    [Fact]
    public void Notice_CarriesTheLicenceText()
    {
        var notice = WordNetLexicon.Notice(_root);
        Assert.Contains("WordNet 3.0 Copyright 2006 by Princeton University.", notice);
        Assert.DoesNotContain("debian", notice);
    }
}
