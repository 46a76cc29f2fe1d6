import PacketModel

/// Quiz items built by hand (the quiz engine is written elsewhere): one of each kind of answer.
enum QuizFixture {
    static let items: [QuizItem] = [
        QuizItem(id: "mc.q1", type: .multipleChoice, skill: .centralIdea, dok: 2, stem: "What does the author predict?",
                 options: ["ISIS is finished", "ISIS will survive as a movement", "Raqqa will never fall", "Mosul will be lost again"],
                 answer: .choice(1), explanation: "The thesis says retaking cities will not defeat the movement.",
                 paragraph: 3, excerpt: "ISIS won’t be defeated", bloom: .understand),
        QuizItem(id: "tf.q2", type: .trueFalse, skill: .recall, dok: 1, stem: "Abadi declared victory before the fighting ended.", options: ["True", "False"],
                 answer: .choice(0), explanation: "He celebrated a week in advance of the end of the fighting.",
                 paragraph: 1, excerpt: "celebrated a week in advance", bloom: .remember),
        QuizItem(id: "num.q3", type: .numeric, skill: .numbers, dok: 1, stem: "What share of attackers (in percent) were foreign fighters?",
                 answer: .number(value: 18, tolerance: 0.5), explanation: "The study counted 18 percent foreign fighters.",
                 paragraph: 5, excerpt: "18 percent", bloom: .remember, sources: ["s1"]),
        QuizItem(id: "sa.q4", type: .shortAnswer, skill: .recall, dok: 1, stem: "Which city was called the crown jewel of the caliphate?",
                 answer: .text(accepted: ["Mosul", "Al Mosul"]), explanation: "Mosul, Iraq's second largest city, was the crown jewel.",
                 paragraph: 1, excerpt: "crown jewel", bloom: .remember),
        QuizItem(id: "match.q5", type: .matching, skill: .recall, dok: 1, stem: "Match each person to their role.",
                 options: ["Prime minister of Iraq", "US Army general", "Air Force general"],
                 answer: .matching([MatchPair(prompt: "Nagata", match: "US Army general"),
                                    MatchPair(prompt: "Abadi", match: "Prime minister of Iraq"),
                                    MatchPair(prompt: "Unnamed general", match: "Air Force general")]),
                 explanation: "Nagata directs counterterrorism; Abadi leads Iraq's government.", paragraph: 2, excerpt: "Nagata",
                 bloom: .remember),
        QuizItem(id: "order.q6", type: .ordering, skill: .recall, dok: 1, stem: "Put these events in order.",
                 options: ["Mosul declared liberated", "ISIS captures Mosul", "Battle for Mosul begins"],
                 answer: .ordering([1, 2, 0]), explanation: "Captured in 2014, battle from October 2016, liberated July 2017.",
                 paragraph: 1, excerpt: "Three years after", bloom: .understand),
        QuizItem(id: "who.q7", type: .whoSaidIt, skill: .recall, dok: 1, stem: "Who said “we do not yet fully appreciate the scale or strength”?",
                 options: ["Haider al-Abadi", "Donald Trump", "Michael Nagata"], answer: .choice(2),
                 explanation: "Lieutenant general Michael Nagata said it to a West Point journal.", paragraph: 2,
                 excerpt: "We have to conclude", bloom: .remember, sources: ["q1", "nagata"]),
        QuizItem(id: "essay.q8", type: .essay, skill: .argumentStructure, dok: 3, stem: "Is the author right that ISIS can survive without territory? Use evidence.",
                 answer: .rubric, explanation: "Look for a clear position backed by the article's evidence.", paragraph: nil,
                 excerpt: "", bloom: .evaluate,
                 rubric: [RubricCriterion(criterion: "Position", points: 2, description: "States a clear position."),
                          RubricCriterion(criterion: "Evidence", points: 3, description: "Uses two pieces of evidence.")]),
    ]

    static let quiz = QuizSet(bank: items, forms: [QuizForm(name: "A", seed: 1, items: items)])
}
