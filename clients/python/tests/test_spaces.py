"""SchemaSpace on hand-written schemas, no chipsim needed."""

import random
import unittest

from chipsim_client import SchemaSpace, problems

BIDS = {"type": "object", "title": "PurchasePlan", "additionalProperties": False, "required": ["bids"],
        "properties": {"bids": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["chipId", "units"],
            "properties": {"chipId": {"type": "string"},
                           "units": {"type": "integer", "minimum": 0, "maximum": 1e12}}}}}}


class SchemaSpaceTest(unittest.TestCase):

    def test_a_value_fits_or_each_problem_is_named(self):
        space = SchemaSpace(BIDS)
        self.assertIn({"bids": [{"chipId": "H20", "units": 5}]}, space)
        self.assertEqual(["$.bids[0].units: -1 is below 0"], problems(BIDS, {"bids": [{"chipId": "H20", "units": -1}]}))
        self.assertEqual(["$.bids[0].units: expected an integer"],
                         problems(BIDS, {"bids": [{"chipId": "H20", "units": 1.5}]}))
        self.assertEqual(["$.bid: unknown field", "$.bids: missing"][::-1], problems(BIDS, {"bid": []}))

    def test_samples_fit(self):
        space = SchemaSpace({"type": "object", "properties": {"share": {"type": "number", "minimum": 0, "maximum": 1}},
                             "required": ["share"], "additionalProperties": False})
        rng = random.Random(4)
        for _ in range(20):
            self.assertIn(space.sample(rng), space)


if __name__ == "__main__":
    unittest.main()
