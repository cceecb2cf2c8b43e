import DealdeskLanguage

/// What the desk answers to one line.
public struct Reply: Sendable, Equatable {
  public var text: String
  public var isError: Bool
  public var quit: Bool
  /// Set when a name fitted several things: a terminal may ask which and run the line again.
  public var ambiguity: ParseError.Ambiguity?
  /// Set when one mistyped word had one clear correction: the whole corrected line, which a
  /// terminal may offer to run with a single key. Never run by a script or a pipe.
  public var correction: String?
  /// Set when the line asks before it does something the manager did not quite say: a
  /// terminal asks the question and, on yes, runs its line. Nothing has changed yet; a
  /// pipe or a script has the reply's text, which says what to type instead.
  public var question: YesNoQuestion?
  /// Set on a document printed as the reply (an export without a file): it is copied from
  /// the screen as it is, so it is never folded to the screen's width nor coloured.
  public var isDocument = false

  public init(_ text: String, isError: Bool = false, quit: Bool = false, ambiguity: ParseError.Ambiguity? = nil) {
    self.text = text
    self.isError = isError
    self.quit = quit
    self.ambiguity = ambiguity
  }

  static func document(_ text: String) -> Reply {
    var reply = Reply(text)
    reply.isDocument = true
    return reply
  }

  public static func error(_ text: String, ambiguity: ParseError.Ambiguity? = nil, correction: String? = nil) -> Reply {
    var reply = Reply(text, isError: true, ambiguity: ambiguity)
    reply.correction = correction
    return reply
  }
}

/// A yes/no the desk asks at a terminal before it does what a line would do on its own
/// reading (merge the sample data into a desk in use, spend a practice round on terms the
/// trainee left out). A pipe or a script is never asked: there the line is refused, or done
/// saying what it took, and its reply says which.
public struct YesNoQuestion: Sendable, Equatable {
  /// What would happen, ending in the question: "… Load it into this desk?"
  public var text: String
  /// The line that does it when the answer is yes: whole, so that history, recordings and
  /// a replay hold what was done, not a bare "yes".
  public var line: String
  /// What the desk says when the answer is no.
  public var declined: String

  public init(_ text: String, line: String, declined: String) {
    self.text = text
    self.line = line
    self.declined = declined
  }
}
