using Dossier.Core.Tokens;
using Dossier.Language.PartsOfSpeech;
using Dossier.Training.Conllu;
using Dossier.Training.Evaluation;

namespace Dossier.Training.PartsOfSpeech;

/// <summary><c>dossier eval pos</c>: UPOS and lemma accuracy on EWT dev and GUM dev with gold tokens, and the tagger's speed.</summary>
public sealed class PartOfSpeechEvaluation : IModelEvaluation
{
    public string Name => "pos";

    public string Description => "part-of-speech (UPOS) and lemma accuracy on UD EWT dev and GUM dev";

    public IReadOnlyList<Measurement> Evaluate(EvaluationOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var tagger = PartOfSpeechTagger.Load(options.ModelsFolder);
        log.WriteLine($"model loaded in {tagger.LoadTime.TotalMilliseconds:F0} ms");
        var results = new List<Measurement>();
        var sets = new (string Name, IEnumerable<string> Files)[]
        {
            ("UD EWT dev", [DataSets.EwtDev(options.DataFolder)]),
            ("GUM dev", DataSets.GumDev(options.DataFolder)),
        };
        foreach (var (name, files) in sets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentences = TaggedCorpus.FromConllu(ConlluReader.ReadFiles(files));
            var confusions = new Dictionary<(PartOfSpeech Gold, PartOfSpeech Predicted), int>();
            var score = TaggerScore.Measure(tagger, sentences, confusions);
            results.Add(new Measurement("UPOS accuracy", name, score.TagAccuracy, $"{score.TagsRight}/{score.Words} words, gold tokens"));
            results.Add(new Measurement("lemma accuracy", name, score.LemmaAccuracy, $"{score.LemmasRight}/{score.LemmaWords} words, gold tags, case-insensitive"));
            if (options.ShowErrors > 0)
            {
                log.WriteLine($"{name}: commonest confusions (gold -> predicted)");
                foreach (var (pair, count) in confusions.OrderByDescending(p => p.Value).Take(options.ShowErrors))
                {
                    log.WriteLine($"  {count,5}  {pair.Gold} -> {pair.Predicted}");
                }
            }
        }
        return results;
    }
}
