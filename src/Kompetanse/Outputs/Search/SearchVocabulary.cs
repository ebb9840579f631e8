using System.Collections.Concurrent;

namespace Kompetanse.Outputs.Search;

/// <summary>
/// Every word and stem the search index has met in this process, each by a number. A page keeps its stems
/// as numbers until the index is joined (two million of them on 10,000 pages): numbers take half the room
/// of two references, and the garbage collector has nothing to trace in them. The numbers depend on the
/// order pages were read in, so nothing written is ordered by them; they live as long as the process, so a
/// page kept by preview keeps its meaning from one build to the next.
/// </summary>
internal static class SearchVocabulary
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock Adding = new();
    private static string[] _texts = new string[1024];
    private static int _count;

    public static int Id(string text)
    {
        if (Ids.TryGetValue(text, out int id)) return id;
        lock (Adding)
        {
            if (Ids.TryGetValue(text, out id)) return id;
            id = _count;
            if (id == _texts.Length)
            {
                var larger = new string[id * 2];
                Array.Copy(_texts, larger, id);
                Volatile.Write(ref _texts, larger);
            }
            _texts[id] = text;
            _count = id + 1;
            // Published last: whoever finds the number finds its text.
            Ids[text] = id;
            return id;
        }
    }

    public static string Text(int id) => Volatile.Read(ref _texts)[id];
}
