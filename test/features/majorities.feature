Feature: Majorities and the vote cap at the general assembly
  Decisions are taken on the votes cast by the co-owners present or represented (Civil Code art. 3.88).
  Abstentions, blank and null votes are not cast. Nobody, proxies included, counts for more votes than
  all the other co-owners present or represented together (art. 3.87). Unanimity needs every vote of
  the building, so one absentee blocks it. When nobody casts a vote, the resolution is rejected.

  Scenario: An absolute majority is one vote more for than against, abstentions aside
    Given a building of 1000 votes where A holds 400, B 399 and C 201
    And A, B and C are present
    When A votes for, B against and C abstains under the absolute majority
    Then the resolution is adopted with 400 for, 399 against and 201 abstaining

  Scenario: A tie is not a majority
    Given a building of 1000 votes where A holds 400, B 400 and C 200
    And A and B are present
    When A votes for and B votes against under the absolute majority
    Then the resolution is rejected with 400 for, 400 against and 0 abstaining

  Scenario: The largest owner counts for no more than all the others present together
    Given a building of 1000 votes where A holds 600, B 250 and C 150
    And A, B and C are present
    When A votes for, B against and C against under the absolute majority
    Then A counts for 400 votes instead of 600
    And the resolution is rejected with 400 for, 400 against and 0 abstaining

  Scenario Outline: Two thirds and four fifths of the votes cast
    Given a building of 1000 votes where A holds <a>, B <b>, C <c> and D <d>
    And A, B and C are present
    When A votes for, B for and C against under the <majority> majority
    Then the resolution is <result> with <for> for, <against> against and 0 abstaining

    Examples:
      | majority    | a   | b   | c   | d   | for | against | result   |
      | two_thirds  | 100 | 100 | 100 | 700 | 200 | 100     | adopted  |
      | two_thirds  | 100 | 99  | 100 | 701 | 199 | 100     | rejected |
      | four_fifths | 200 | 200 | 100 | 500 | 400 | 100     | adopted  |
      | four_fifths | 200 | 199 | 100 | 501 | 399 | 100     | rejected |

  Scenario: The cap applies to everyone present, even to an owner who abstains
    Given a building of 1000 votes where A holds 200, B 100 and C 700
    And A, B and C are present
    When A votes for, B against and C abstains under the two_thirds majority
    Then C counts for 300 votes instead of 700
    And the resolution is adopted with 200 for, 100 against and 300 abstaining

  Scenario: One absentee blocks unanimity
    Given a building of 1000 votes where A holds 400, B 350 and C 250
    And A and B are present
    When A votes for and B votes for under the unanimity majority
    Then the resolution is rejected with 750 for, 0 against and 0 abstaining

  Scenario: Unanimity of every vote of the building
    Given a building of 1000 votes where A holds 600, B 250 and C 150
    And A, B and C are present
    When A votes for, B for and C for under the unanimity majority
    Then the resolution is adopted with 1000 for, 0 against and 0 abstaining

  Scenario: Nobody casts a vote
    Given a building of 1000 votes where A holds 500, B 300 and C 200
    And A, B and C are present
    When A abstains, B abstains and C abstains under the absolute majority
    Then the resolution is rejected with 0 for, 0 against and 1000 abstaining
