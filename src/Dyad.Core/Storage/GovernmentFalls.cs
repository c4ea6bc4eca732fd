namespace Dyad.Storage;

/// <summary>
/// Governments toppled (regime.fall against a state or one of its sectors, by whoever, dated): those of the latest days
/// and how many there are in all. A fall is a fact about a state, told by a few articles in a real archive; the latest
/// days keep an answer bounded where a store holds thousands (issue 19: 22,867 for Syria in the generated
/// million-event store, each listed with its evidence in every dyad page).
/// </summary>
/// <param name="Latest">
/// The falls of the latest days that hold at least the count asked for (every fall of the earliest of those days, so
/// that a caller ordering a day's falls its own way cuts the same list), by date and then id.
/// </param>
/// <param name="Total">Every fall.</param>
public sealed record GovernmentFalls(IReadOnlyList<StoredEvent> Latest, long Total);
