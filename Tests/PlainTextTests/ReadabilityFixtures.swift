/// Passages of different difficulty, written for these tests.
enum ReadabilityFixtures {
    static let passages: [String] = [
        """
        Sam has a red ball. He likes to throw it to his dog. The dog runs fast and brings it back. \
        Then they both sit under the big tree and rest for a while.
        """,
        """
        The city was taken back by the army after nine months of hard fighting. Many people had to \
        leave their homes. Leaders said the war was over, but experts warned that the group could \
        still attack in other ways, such as by using the internet to find new members.
        """,
        """
        Three years after the militants seized the country’s second largest city, government forces \
        declared it liberated. Officials celebrated prematurely, however, and analysts cautioned that \
        the organization’s capacity to inspire attacks abroad remained largely undiminished.
        """,
        """
        The persistence of decentralized insurgent networks complicates conventional assessments of \
        military victory. Territorial reconquest, while strategically significant, does not necessarily \
        eliminate the ideological infrastructure, financial mechanisms, or communicative capabilities \
        that sustain transnational extremist movements over extended periods.
        """,
        """
        Why do numbers matter in an argument? A number can make a claim sound precise. But every \
        number measures something specific, over a particular period, for a certain group of people. \
        Before you trust a statistic, ask who counted, what they counted, and what was left out.
        """,
        """
        Students should read the article carefully and underline each claim the author makes. Next, \
        they should decide whether each claim is a fact, an opinion, or a prediction, and explain \
        their reasoning to a partner using evidence from the text.
        """,
    ]
}
