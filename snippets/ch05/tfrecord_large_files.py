"""Section 5.2.3: many small files versus a few large TFRecord files.

The 1,797 digits are written once as one small .npy file per image and once as two TFRecord
shards; reading each back through tf.data is timed.
"""

import tempfile
import time
from pathlib import Path

import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

digits = load_digits()
images, labels = digits.images.astype(np.uint8), digits.target.astype(np.int64)

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    # Many small files: one per image.
    small = root / "small"
    small.mkdir()
    for i, image in enumerate(images):
        np.save(small / f"{i:05d}_{labels[i]}.npy", image)

    # A few large files: each record is a serialized tf.train.Example.
    def example(image, label):
        feature = {
            "image": tf.train.Feature(bytes_list=tf.train.BytesList(value=[image.tobytes()])),
            "label": tf.train.Feature(int64_list=tf.train.Int64List(value=[label])),
        }
        return tf.train.Example(features=tf.train.Features(feature=feature)).SerializeToString()

    shards = [str(root / f"digits-{k:02d}-of-02.tfrecord") for k in range(2)]
    for k, shard in enumerate(shards):
        with tf.io.TFRecordWriter(shard) as writer:
            for i in range(k, len(images), 2):
                writer.write(example(images[i], labels[i]))

    def parse(record):
        spec = {
            "image": tf.io.FixedLenFeature([], tf.string),
            "label": tf.io.FixedLenFeature([], tf.int64),
        }
        parsed = tf.io.parse_single_example(record, spec)
        image = tf.reshape(tf.io.decode_raw(parsed["image"], tf.uint8), [8, 8])
        return image, parsed["label"]

    large = tf.data.TFRecordDataset(shards, num_parallel_reads=2).map(parse).batch(256)

    def load_small(path):
        return np.load(path.decode())

    paths = sorted(str(p) for p in small.iterdir())
    small_ds = (
        tf.data.Dataset.from_tensor_slices(paths)
        .map(lambda p: tf.numpy_function(load_small, [p], tf.uint8))
        .batch(256)
    )

    for name, dataset in [("1,797 small .npy files", small_ds), ("2 TFRecord files", large)]:
        start = time.perf_counter()
        count = sum(
            int(tf.shape(batch[0] if isinstance(batch, tuple) else batch)[0]) for batch in dataset
        )
        elapsed = time.perf_counter() - start
        size = sum(
            p.stat().st_size
            for p in root.rglob("*")
            if p.is_file() and (p.suffix == ".npy") == name.endswith(".npy files")
        )
        print(f"{name:<24} {count} images, {size / 1024:6.0f} KiB on disk, read in {elapsed:.2f} s")
        assert count == len(images)

    # The records hold exactly the original data.
    first_images, first_labels = next(iter(tf.data.TFRecordDataset(shards[:1]).map(parse).batch(3)))
    np.testing.assert_array_equal(first_images.numpy(), images[0:6:2])
    np.testing.assert_array_equal(first_labels.numpy(), labels[0:6:2])
    print("first records of shard 0: labels", first_labels.numpy(), "(images 0, 2, 4)")
