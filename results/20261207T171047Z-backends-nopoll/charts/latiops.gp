# Written by vlab-report: latiops charts, drawn from latiops.csv only.
# Re-draw with: cd charts; gnuplot latiops.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label
sel(rw, bs, nj, cfg) = strcol(1) eq rw && strcol(2) eq bs && column(3) == nj && strcol(5) eq cfg
set xrange [0:*]
set yrange [0:*]
set offsets 0, graph 0.05, graph 0.08, 0 # room for the depth labels
set xlabel 'IOPS: median over repetitions'
set ylabel 'mean completion latency (us): median, a dot per repetition'

# Mean latency against IOPS, a point per queue depth: randread, bs 4k, numjobs 1
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 520
    } else {
      set terminal png noenhanced size 900, 520
    }
  } else {
    set terminal svg noenhanced size 900, 520
  }
  set output 'latiops-randread-4k-j1.'.fmt.sfx
  set title 'Mean latency against IOPS, a point per queue depth: randread, bs 4k, numjobs 1'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  plot \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'stock/qsd-null') ? $7 : NaN):8 with linespoints linetype 1 title 'stock/qsd-null', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $8 : NaN):10 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'stock/blkd-null-auto') ? $7 : NaN):8 with linespoints linetype 2 title 'stock/blkd-null-auto', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-auto' ? $8 : NaN):10 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'stock/qsd-file') ? $7 : NaN):8 with linespoints linetype 3 title 'stock/qsd-file', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-file' ? $8 : NaN):10 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'stock/blkd-file-auto') ? $7 : NaN):8 with linespoints linetype 4 title 'stock/blkd-file-auto', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-file-auto' ? $8 : NaN):10 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'stock/qsd-null') ? $7 : NaN):8:('QD '.strcol(4)) with labels offset char 0, 1 textcolor rgb '#404040' notitle
  unset label 1
  set output
}

# Mean latency against IOPS, a point per queue depth: randread, bs 4k, numjobs 2
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 520
    } else {
      set terminal png noenhanced size 900, 520
    }
  } else {
    set terminal svg noenhanced size 900, 520
  }
  set output 'latiops-randread-4k-j2.'.fmt.sfx
  set title 'Mean latency against IOPS, a point per queue depth: randread, bs 4k, numjobs 2'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  plot \
    'latiops.csv' skip 1 using (sel('randread','4k',2,'stock/qsd-null') ? $7 : NaN):8 with linespoints linetype 1 title 'stock/qsd-null', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-null' ? $8 : NaN):10 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',2,'stock/blkd-null-auto') ? $7 : NaN):8 with linespoints linetype 2 title 'stock/blkd-null-auto', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-null-auto' ? $8 : NaN):10 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',2,'stock/qsd-file') ? $7 : NaN):8 with linespoints linetype 3 title 'stock/qsd-file', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-file' ? $8 : NaN):10 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',2,'stock/blkd-file-auto') ? $7 : NaN):8 with linespoints linetype 4 title 'stock/blkd-file-auto', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-file-auto' ? $8 : NaN):10 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',2,'stock/qsd-null') ? $7 : NaN):8:('QD '.strcol(4)) with labels offset char 0, 1 textcolor rgb '#404040' notitle
  unset label 1
  set output
}

# Mean latency against IOPS, a point per queue depth: randwrite, bs 4k, numjobs 1
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 520
    } else {
      set terminal png noenhanced size 900, 520
    }
  } else {
    set terminal svg noenhanced size 900, 520
  }
  set output 'latiops-randwrite-4k-j1.'.fmt.sfx
  set title 'Mean latency against IOPS, a point per queue depth: randwrite, bs 4k, numjobs 1'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  plot \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'stock/qsd-null') ? $7 : NaN):8 with linespoints linetype 1 title 'stock/qsd-null', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $8 : NaN):10 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'stock/blkd-null-auto') ? $7 : NaN):8 with linespoints linetype 2 title 'stock/blkd-null-auto', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-auto' ? $8 : NaN):10 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'stock/qsd-file') ? $7 : NaN):8 with linespoints linetype 3 title 'stock/qsd-file', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-file' ? $8 : NaN):10 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'stock/blkd-file-auto') ? $7 : NaN):8 with linespoints linetype 4 title 'stock/blkd-file-auto', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-file-auto' ? $8 : NaN):10 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'stock/qsd-null') ? $7 : NaN):8:('QD '.strcol(4)) with labels offset char 0, 1 textcolor rgb '#404040' notitle
  unset label 1
  set output
}

# Mean latency against IOPS, a point per queue depth: randwrite, bs 4k, numjobs 2
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 520
    } else {
      set terminal png noenhanced size 900, 520
    }
  } else {
    set terminal svg noenhanced size 900, 520
  }
  set output 'latiops-randwrite-4k-j2.'.fmt.sfx
  set title 'Mean latency against IOPS, a point per queue depth: randwrite, bs 4k, numjobs 2'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  plot \
    'latiops.csv' skip 1 using (sel('randwrite','4k',2,'stock/qsd-null') ? $7 : NaN):8 with linespoints linetype 1 title 'stock/qsd-null', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-null' ? $8 : NaN):10 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',2,'stock/blkd-null-auto') ? $7 : NaN):8 with linespoints linetype 2 title 'stock/blkd-null-auto', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-null-auto' ? $8 : NaN):10 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',2,'stock/qsd-file') ? $7 : NaN):8 with linespoints linetype 3 title 'stock/qsd-file', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-file' ? $8 : NaN):10 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',2,'stock/blkd-file-auto') ? $7 : NaN):8 with linespoints linetype 4 title 'stock/blkd-file-auto', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-file-auto' ? $8 : NaN):10 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',2,'stock/qsd-null') ? $7 : NaN):8:('QD '.strcol(4)) with labels offset char 0, 1 textcolor rgb '#404040' notitle
  unset label 1
  set output
}
