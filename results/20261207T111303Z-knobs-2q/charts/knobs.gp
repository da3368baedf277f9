# Written by vlab-report: knobs charts, drawn from knobs.csv only.
# Re-draw with: cd charts; gnuplot knobs.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label
sel(k, rw, bs, nj, cfg) = strcol(1) eq k && strcol(2) eq rw && strcol(3) eq bs && column(4) == nj && strcol(6) eq cfg
set logscale x 2
set yrange [0:*]
# headroom for the key inside, over the lines
set offsets 0, 0, graph 0.4, 0
set key inside top left Left reverse samplen 2
set xlabel 'queue depth (fio iodepth)'
set ylabel 'IOPS: median, bars min to max, a dot per repetition'

# IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 2, backend blkd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 980
    } else {
      set terminal png noenhanced size 1800, 980
    }
  } else {
    set terminal svg noenhanced size 1800, 980
  }
  set output 'knobs-blkd-ram-randread-4k-j2.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 2, backend blkd-ram'
  set label 1 'Clock: wall (TCG, multi-threaded: host time, noisy; compare only inside a run); compare configurations only' at screen 0.01, screen 0.02 left textcolor rgb '#b00000'
  set multiplot layout 2,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randread, bs 4k, numjobs 2, backend blkd-ram'
  set title 'iova_alloc'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','randread','4k',2,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','randread','4k',2,'iova-plain/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'kick_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',2,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',2,'kick-work/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randread','4k',2,'kick-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',2,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',2,'inject-direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randread','4k',2,'inject-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',2,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',2,'irq-sticky/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randread','4k',2,'irq-local/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}

# IOPS against queue depth per knob (baseline, default, the drivers setting it): randwrite, bs 4k, numjobs 2, backend blkd-ram
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 1800, 980
    } else {
      set terminal png noenhanced size 1800, 980
    }
  } else {
    set terminal svg noenhanced size 1800, 980
  }
  set output 'knobs-blkd-ram-randwrite-4k-j2.'.fmt.sfx
  set title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randwrite, bs 4k, numjobs 2, backend blkd-ram'
  set label 1 'Clock: wall (TCG, multi-threaded: host time, noisy; compare only inside a run); compare configurations only' at screen 0.01, screen 0.02 left textcolor rgb '#b00000'
  set multiplot layout 2,3 title 'IOPS against queue depth per knob (baseline, default, the drivers setting it): randwrite, bs 4k, numjobs 2, backend blkd-ram'
  set title 'iova_alloc'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('iova_alloc','randwrite','4k',2,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('iova_alloc','randwrite','4k',2,'iova-plain/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'iova-plain iova_alloc=plain', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'kick_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('kick_mode','randwrite','4k',2,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randwrite','4k',2,'kick-work/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'kick-work kick_mode=work', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('kick_mode','randwrite','4k',2,'kick-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'kick-coalesce kick_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'inject_mode'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('inject_mode','randwrite','4k',2,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randwrite','4k',2,'inject-direct/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'inject-direct inject_mode=direct', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('inject_mode','randwrite','4k',2,'inject-coalesce/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'inject-coalesce inject_mode=coalesce', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  set title 'irq_affinity_policy'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randwrite','4k',2,'ours/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 1 title 'ours (baseline)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randwrite','4k',2,'irq-sticky/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 2 title 'irq-sticky irq_affinity_policy=sticky', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'knobs.csv' skip 1 using (sel('irq_affinity_policy','randwrite','4k',2,'irq-local/blkd-ram') ? $5 : NaN):8:9:10 with yerrorlines linetype 3 title 'irq-local irq_affinity_policy=local', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  unset label 1
  set output
}
