import Foundation

/// `train`: while a practice runs, the session hands it every line; the desk is not touched.
extension Session {
  func startPractice(persona: String?, seed: UInt64?) -> Reply {
    switch trainingRoom.start(persona: persona, seed: seed, now: now) {
    case .failure(let error): return .error(error.message)
    case .success(let opening):
      recordAs = trainingRoom.practice?.replayCommand
      return Reply(opening)
    }
  }

  func practise(_ line: String) -> Reply {
    // A script run from the terminal is still a script: its moves are never asked about.
    let reply = trainingRoom.handle(line, now: now, asking: asksFirst && runningScripts.isEmpty)
    var answer = Reply(reply.finished ? reply.text + "\nBack at your desk." : reply.text, isError: reply.isError)
    answer.question = reply.question
    return answer
  }

  func trainingHistory() -> Reply { Reply(trainingRoom.renderHistory()) }
}
