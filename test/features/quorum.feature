Feature: Double quorum at the opening of the assembly
  An assembly deliberates only if, when it opens, more than half of the co-owners are present or represented and
  they hold at least half of the quotas, or if those present or represented hold more than three quarters of the
  quotas (Civil Code art. 3.87 §5). A person with several lots counts once; a jointly held lot counts through its
  representative, and without one its votes are suspended.

  Scenario Outline: 10 co-owners and 1,000 quotas
    Given a building of 10 co-owners holding 1,000 quotas together
    When <heads> co-owners holding <quotas> quotas are present or represented
    Then the quorum is <verdict>

    Examples:
      | heads | quotas | verdict                        |
      | 6     | 500    | reached by majority_and_half   |
      | 6     | 499    | not reached                    |
      | 5     | 740    | not reached                    |
      | 2     | 751    | reached by three_quarters      |
      | 2     | 750    | not reached                    |

  Scenario: A person with two lots counts once; a lot without representative is suspended
    Given Anna owns lots A (300) and B (200), Bart owns lot C (250) and lot D (250) is held jointly without representative
    When Anna is present
    Then 1 co-owner of 2 is counted with 500 quotas of 750
    And lot D with 250 votes is reported suspended
