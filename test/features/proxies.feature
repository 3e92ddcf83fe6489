Feature: Proxies
  A written proxy names its holder, for one assembly. The syndic never holds one. A holder accepts at most 3 proxies,
  more only if his own votes and his principals' together are at most 10 % of all the building's votes (Civil Code
  art. 3.87 §7). The limits are checked when the attendance list is recorded.

  Background:
    Given a building with 10,000 votes in total where the holder Paul owns 100 votes

  Scenario: A 4th proxy within 10 % of the votes is accepted
    When Paul holds the proxies of owners with 100, 100, 100 and 600 votes
    Then the attendance list is accepted

  Scenario: A 4th proxy beyond 10 % of the votes is refused
    When Paul holds the proxies of owners with 100, 100, 100 and 601 votes
    Then the attendance list is refused with PROXY_LIMIT_EXCEEDED

  Scenario: Three proxies are accepted whatever their weight
    When Paul holds the proxies of owners with 3000, 3000 and 3000 votes
    Then the attendance list is accepted

  Scenario: The syndic cannot hold a proxy
    Given Paul is also the syndic of the building
    When Paul holds the proxies of owners with 100 votes
    Then the attendance list is refused with SYNDIC_CANNOT_HOLD_PROXY
