namespace Dyad.Pipeline;

/// <summary>One stage of the coding pipeline: reads what earlier stages put on the document and adds its own.</summary>
public interface IStage
{
    string Name { get; }
    void Process(CodedDocument doc, CancellationToken cancellationToken);
}
