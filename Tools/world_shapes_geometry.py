"""Plane geometry on (lon, lat) tuples for Tools/make_world_shapes.py: areas, boxes, Douglas-Peucker
simplification and polylabel. Degrees are treated as planar, which is fine for ranking rings and
placing labels at the 0.01-0.3 degree precision the charts use."""

import heapq
import math

def mean_point(ring):
    return (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))


def signed_area(ring):
    total = 0.0
    for i in range(len(ring)):
        x0, y0 = ring[i - 1]
        x1, y1 = ring[i]
        total += x0 * y1 - x1 * y0
    return total / 2.0


def geo_area(ring):
    """Area in square degrees scaled by cos(latitude), enough to rank rings by real size."""
    if len(ring) < 3:
        return 0.0
    return abs(signed_area(ring)) * math.cos(math.radians(mean_point(ring)[1]))


def bbox(rings):
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    return min(xs), min(ys), max(xs), max(ys)


def perpendicular_distance(p, a, b):
    (x, y), (x0, y0), (x1, y1) = p, a, b
    dx, dy = x1 - x0, y1 - y0
    if dx == 0 and dy == 0:
        return math.hypot(x - x0, y - y0)
    t = max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x0 + t * dx), y - (y0 + t * dy))


def douglas_peucker(points, tolerance):
    """Keeps both end points; iterative so long coastlines do not hit the recursion limit."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = perpendicular_distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def point_to_polygon_distance(x, y, polygon):
    """Signed distance from (x, y) to the polygon's edges: positive inside, negative outside."""
    inside = False
    best = float("inf")
    for ring in polygon:
        n = len(ring)
        for i in range(n):
            a, b = ring[i], ring[i - 1]
            if (a[1] > y) != (b[1] > y) and x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]:
                inside = not inside
            best = min(best, perpendicular_distance((x, y), a, b))
    return best if inside else -best


def polylabel(polygon, precision=0.01):
    """Pole of inaccessibility (Mapbox's polylabel algorithm): the inner point farthest from the border."""
    x0, y0, x1, y1 = bbox([polygon[0]])
    size = min(x1 - x0, y1 - y0)
    if size == 0:
        return polygon[0][0]
    half = size / 2.0
    queue = []

    def push(x, y, h):
        d = point_to_polygon_distance(x, y, polygon)
        heapq.heappush(queue, (-(d + h * math.sqrt(2)), d, x, y, h))

    x = x0
    while x < x1:
        y = y0
        while y < y1:
            push(x + half, y + half, half)
            y += size
        x += size
    cx, cy = mean_point(polygon[0])
    best = (point_to_polygon_distance(cx, cy, polygon), cx, cy)
    while queue:
        _, d, x, y, h = heapq.heappop(queue)
        if d > best[0]:
            best = (d, x, y)
        if d + h * math.sqrt(2) - best[0] <= precision:
            continue
        h /= 2.0
        for dx in (-h, h):
            for dy in (-h, h):
                push(x + dx, y + dy, h)
    return best[1], best[2]
