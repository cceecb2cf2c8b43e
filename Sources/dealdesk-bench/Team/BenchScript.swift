/// What the team bench's writers type: a manager's day in seven commands that each change
/// the desk (a note, a hold and its release, an offer, an order, its shipping, a payment),
/// over and over. Every line is a real command through the desk's parser and rules.
enum BenchScript {
  /// Shared: every writer works the same clients and the same fabrics, so holds, orders and
  /// shipments draw on the same lots.
  /// Disjoint: each writer has a client and a fabric (with a lot) of its own.
  enum Lots: String, CaseIterable {
    case shared, disjoint
  }

  /// Each disjoint writer's own client and fabric (no digits: a number in a name reads as a quantity).
  static let places = [
    "Alba", "Berat", "Corfu", "Delvina", "Elbasan", "Fier", "Gjirokastra", "Himara",
    "Ishmi", "Jubani", "Kavaja", "Lezha", "Maliqi", "Nikaj", "Ohrid", "Peqin",
  ]

  /// The lines that make the desk every run starts from: the sample data, stock enough
  /// that no writer runs a lot dry, and each disjoint writer's client and fabric.
  static func setUp(writers: Int) -> [String] {
    var lines = ["load sample data", "receive 1000000m LIN-220 lot 24-990", "receive 1000000m LIN-180 lot 24-991"]
    for place in places.prefix(writers) {
      let sku = "VOI-" + place.prefix(3).uppercased()
      lines += [
        "add client \(place) Textiles city Tirana",
        "add product Voile \(place) sku \(sku) category voile price 12.40/m cost 7.90 roll 50m",
        "receive 1000000m \(sku) lot \(sku)-1",
      ]
    }
    return lines
  }

  /// Writer `n`'s `count` lines.
  static func lines(writer n: Int, count: Int, lots: Lots) -> [String] {
    let cycle: (Int) -> [String]
    switch lots {
    case .shared:
      cycle = { i in
        [
          "note Acme: w\(n)-\(i) asked about the spring samples",
          "reserve 20m linen 220 for Bora",
          "release it",
          "offer Çelik 5% on linen 180",
          "Bora orders 20m linen 220",
          "ship it",
          "Bora paid 248 on account",
        ]
      }
    case .disjoint:
      let place = places[n % places.count]
      let client = "\(place) Textiles", fabric = "voile \(place.lowercased())"
      cycle = { i in
        [
          "note \(client): w\(n)-\(i) asked about the spring samples",
          "reserve 20m \(fabric) for \(client)",
          "release it",
          "offer \(client) 5% on \(fabric)",
          "\(client) orders 20m \(fabric)",
          "ship it",
          "\(client) paid 248 on account",
        ]
      }
    }
    var lines: [String] = []
    var i = 0
    while lines.count < count {
      lines += cycle(i).prefix(count - lines.count)
      i += 1
    }
    return lines
  }

  /// The kinds of line, in the order of a cycle, for a breakdown by kind.
  static let kinds = ["note", "reserve", "release", "offer", "order", "ship", "pay"]
}
