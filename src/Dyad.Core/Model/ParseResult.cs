namespace Dyad.Model;

/// <summary>
/// What parsing a text gave: its value, or the message saying why the text is none (after NodaTime's
/// <c>ParseResult&lt;T&gt;</c>). Bad text from a user or a file is expected, so it is a result to look at, not an
/// exception to catch; only <see cref="Value"/> throws, for a caller that took success for granted.
/// </summary>
public readonly struct ParseResult<T>
{
    private readonly T _value;
    private readonly string? _text;
    private readonly Func<string?, string>? _describe;

    private ParseResult(bool success, T value, string? text, Func<string?, string>? describe)
    {
        Success = success;
        _value = value;
        _text = text;
        _describe = describe;
    }

    /// <summary>A result holding <paramref name="value"/>.</summary>
    public static ParseResult<T> ForValue(T value) => new(true, value, null, null);

    /// <summary>A failed result; <paramref name="message"/> names the text and what was expected instead.</summary>
    public static ParseResult<T> ForFailure(string message) => new(false, default!, message, static m => m!);

    /// <summary>
    /// A failed result whose message <paramref name="describe"/> writes from the <paramref name="text"/> only when
    /// asked: stores read many absent dates, and a message each would be garbage.
    /// </summary>
    public static ParseResult<T> ForFailure(string? text, Func<string?, string> describe) => new(false, default!, text, describe);

    /// <summary>True when the text held a value.</summary>
    public bool Success { get; }

    /// <summary>The value; for a failure, throws <see cref="Exception"/>.</summary>
    public T Value => Success ? _value : throw Exception;

    /// <summary>Why the text is no value ("'2023-13' is not a date ..."); null for a success.</summary>
    // A default(ParseResult) was never parsed: it fails with a message of its own rather than passing as a value.
    public string? Message => Success ? null : _describe?.Invoke(_text) ?? "nothing was parsed";

    /// <summary>The failure as an exception (built when asked for); for a success, throws <see cref="InvalidOperationException"/>.</summary>
    public FormatException Exception => Success
        ? throw new InvalidOperationException("The parse succeeded: there is no exception.")
        : new FormatException(Message);

    /// <summary>The value when there is one, else <paramref name="failureValue"/>; returns <see cref="Success"/>.</summary>
    public bool TryGetValue(T failureValue, out T result)
    {
        result = Success ? _value : failureValue;
        return Success;
    }
}

/// <summary>Helpers for results of value types.</summary>
public static class ParseResultExtensions
{
    /// <summary>The value, or null for a failure: for text that may be absent or wrong without it being an error.</summary>
    public static T? ValueOrNull<T>(this ParseResult<T> result) where T : struct => result.Success ? result.Value : null;
}
