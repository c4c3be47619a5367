"""
Word vectors: skip-gram with NCE
================================

The word2vec fragments of section 2.7.6 assembled into one runnable script: skip-gram pairs,
an embedding matrix, ``tf.nn.nce_loss`` and gradient descent. The text8 corpus of the original
tutorial needs a download, so the corpus is generated here from a small seeded grammar in which
royal and family words, animals and verbs appear in regular contexts. The example prints nearest
neighbours, checks analogies such as king : queen :: man : woman, and draws the vectors in 2-D.
See :ref:`seed-2-7-6`.
"""

import collections

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# %%
# A generated corpus
# ------------------
# Sentences like "the king rules the land" or "a woman walks to the house": male and female
# words share their verbs, so their vectors should differ mostly by one "gender" direction.

pairs = [("king", "queen"), ("man", "woman"), ("father", "mother"), ("boy", "girl")]
royal = {"king", "queen"}
animals = ["dog", "cat", "horse", "bird"]
sentences = []
for _ in range(8000):
    male, female = pairs[rng.integers(len(pairs))]
    who = male if rng.random() < 0.5 else female
    pronoun = "he" if who == male else "she"
    if who in royal:
        tail = ["rules", "the", str(rng.choice(["land", "kingdom", "castle"]))]
    elif rng.random() < 0.5:
        tail = [str(rng.choice(["walks", "runs"])), "to", "the", str(rng.choice(["house", "park"]))]
    else:
        tail = ["feeds", "the", str(rng.choice(animals))]
    sentences.append(["the", who, *tail, ".", pronoun, "is", "happy", "."])
words = [w for s in sentences for w in s]
counts = collections.Counter(words)
vocab = sorted(counts, key=lambda w: (-counts[w], w))
index = {w: i for i, w in enumerate(vocab)}
data = np.array([index[w] for w in words])
print(f"{len(words):,} tokens, vocabulary of {len(vocab)} words")

# %%
# Skip-gram pairs and the model
# -----------------------------
# With a window of 2, each word predicts the words up to two positions before and after it.
# ``tf.nn.nce_loss`` turns the prediction into telling the true context word from
# ``num_sampled`` noise words drawn from the unigram distribution.

window = 2
centre, context = [], []
for offset in range(-window, window + 1):
    if offset:
        lo, hi = max(0, -offset), len(data) - max(0, offset)
        centre.append(data[lo:hi])
        context.append(data[lo + offset : hi + offset])
centre = np.concatenate(centre).astype("int64")
context = np.concatenate(context).astype("int64")[:, None]
print(f"{len(centre):,} (centre, context) pairs")

V, E, BATCH, NUM_SAMPLED = len(vocab), 16, 256, 8
embeddings = tf.Variable(tf.random.uniform([V, E], -1.0, 1.0))
nce_weights = tf.Variable(tf.random.truncated_normal([V, E], stddev=1.0 / np.sqrt(E)))
nce_biases = tf.Variable(tf.zeros([V]))
optimizer = keras.optimizers.SGD(1.0)


@tf.function
def train_step(inputs, labels):
    with tf.GradientTape() as tape:
        embed = tf.nn.embedding_lookup(embeddings, inputs)
        loss = tf.reduce_mean(
            tf.nn.nce_loss(
                weights=nce_weights,
                biases=nce_biases,
                labels=labels,
                inputs=embed,
                num_sampled=NUM_SAMPLED,
                num_classes=V,
            )
        )
    variables = [embeddings, nce_weights, nce_biases]
    optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables, strict=True))
    return loss


losses = []
for _ in range(4000):
    batch = rng.integers(0, len(centre), BATCH)
    losses.append(float(train_step(centre[batch], context[batch])))
print(
    f"NCE loss: first 100 steps {np.mean(losses[:100]):.3f}, last 100 {np.mean(losses[-100:]):.3f}"
)

# %%
# Nearest neighbours and analogies
# --------------------------------
# Similarity is the cosine of the angle between two vectors. An analogy a : b :: c : ? is
# answered by the word nearest to b - a + c.

normed = tf.math.l2_normalize(embeddings, axis=1).numpy()


def nearest(vector, exclude=(), k=3):
    scores = normed @ (vector / np.linalg.norm(vector))
    order = [i for i in np.argsort(-scores) if vocab[i] not in exclude]
    return [vocab[i] for i in order[:k]]


for word in ["king", "dog", "walks", "house"]:
    print(f"nearest to {word!r}: {nearest(normed[index[word]], exclude={word})}")
questions = [("king", "queen", "man"), ("man", "woman", "father"), ("boy", "girl", "king")]
correct = 0
for a, b, c in questions:
    guess = nearest(normed[index[b]] - normed[index[a]] + normed[index[c]], exclude={a, b, c}, k=1)
    print(f"{a} : {b} :: {c} : {guess[0]}")
    correct += guess[0] in {"woman", "mother", "queen"}
assert correct >= 2

# %%
# A 2-D map of the vectors
# ------------------------
# The 16-dimensional vectors projected on their first two principal components.

centred = normed - normed.mean(axis=0)
_, _, vt = np.linalg.svd(centred, full_matrices=False)
xy = centred @ vt[:2].T
fig, ax = plt.subplots(figsize=(9, 7), layout="constrained")
ax.scatter(xy[:, 0], xy[:, 1], s=15, color="tab:blue")
for word, (px, py) in zip(vocab, xy, strict=True):
    ax.annotate(word, (px, py), fontsize=10, xytext=(3, 3), textcoords="offset points")
for male, female in pairs:
    ax.annotate(
        "", xy[index[female]], xy[index[male]], arrowprops={"arrowstyle": "->", "color": "tab:red"}
    )
ax.set_title("Word vectors (PCA to 2-D); red arrows: male -> female pairs")
plt.show()
