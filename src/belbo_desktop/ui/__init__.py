"""The Qt desktop UI. The only package (with app.py) that imports Qt."""
