"""Demo content for `seed_demo`: Indonesian texts, generated media and the seeding service."""
