SELECT * FROM quality
