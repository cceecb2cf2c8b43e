import DealdeskTrainer
import Foundation

/// Where practices happen: starts one, passes it the trainee's lines, and keeps each
/// finished score in the history. Used by the desk (`train` at the prompt) and by
/// `dealdesk train`, which opens no desk at all, so it works while a manager has the desk open.
public final class TrainingRoom {
  public private(set) var practice: Practice?
  let history: TrainingHistory
  /// False on a desk opened read-only: practices run, scores are not kept.
  let keepsHistory: Bool

  public init(folder: URL, keepsHistory: Bool) {
    history = TrainingHistory(folder: folder)
    self.keepsHistory = keepsHistory
  }

  /// Starts a practice: the persona as typed (nil: drawn from the seed), the seed (nil: from the clock).
  public func start(persona typed: String?, seed: UInt64?, now: Date) -> Result<String, PracticeStartError> {
    let named: Persona?
    switch PracticeStart.persona(typed) {
    case .failure(let error): return .failure(error)
    case .success(let persona): named = persona
    }
    let seed = seed ?? PracticeStart.seed(now: now, played: history.load().entries.count)
    let persona = named ?? ClientSetup.persona(forSeed: seed)
    guard let started = Practice(persona: persona, seed: seed, personaNamed: named != nil) else {
      return .failure(PracticeStartError(message: "The \(persona.rawValue) client could not be set up for seed \(seed); try another seed."))
    }
    practice = started
    return .success(started.opening())
  }

  /// One line of the practice in progress. When it ends, the score goes into the history.
  /// `asking`: someone at a terminal answers yes/no questions (Practice.handle).
  public func handle(_ line: String, now: Date, asking: Bool = false) -> PracticeReply {
    guard let practice else { return .error("No practice is running. Type train to start one.") }
    var reply = practice.handle(line, asking: asking)
    guard reply.finished else { return reply }
    self.practice = nil
    if let result = practice.result, result.scored, let score = result.score {
      if keepsHistory {
        let entry = TrainingHistory.Entry(
          at: now, persona: practice.persona.rawValue, seed: practice.seed, deal: result.deal, score: score)
        if let problem = history.append(entry) { reply.text += "\n" + problem }
      } else {
        reply.text += "\nThe desk is open read-only, so this score was not added to your practice history."
      }
    }
    return reply
  }

  /// `train history`.
  public func renderHistory() -> String {
    let (entries, unreadable, problem) = history.load()
    if let problem { return problem }
    return TrainingHistory.render(entries, unreadable: unreadable)
  }
}
